namespace Subsidia.Web.Pages.Grants;

/// <summary>French labels for the states and conditions the API gives in English codes.</summary>
public static class Labels
{
    public static string State(string state) => state switch
    {
        "Upcoming" => "à venir",
        "Due" => "à faire",
        "Met" => "fait",
        "Late" => "en retard",
        "Lapsed" => "caduque",
        "Waiting" => "en attente de sa condition",
        "Payable" => "payable",
        "Paid" => "payée",
        _ => state,
    };

    public static string Condition(string condition) => condition switch
    {
        "Signature" => "à la signature de la convention",
        "InterimReports" => "sur compte rendu financier et bilan intermédiaires",
        "FinalReports" => "sur demande écrite, compte rendu financier et rapport d'activité finaux",
        _ => condition,
    };
}
