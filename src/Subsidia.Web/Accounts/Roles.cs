namespace Subsidia.Web.Accounts;

/// <summary>The roles of Subsidia (stable names in the database, French labels on screen).</summary>
public static class Roles
{
    /// <summary>Secrétariat des assemblées: sittings, attendance, votes, signature.</summary>
    public const string Secretariat = "secretariat";
    /// <summary>Instructeur: beneficiaries, grant files, conventions.</summary>
    public const string GrantsOfficer = "instructeur";
    /// <summary>Finances: payment orders.</summary>
    public const string FinanceOfficer = "finances";
    /// <summary>Élu: reads everything, changes nothing.</summary>
    public const string ElectedMember = "elu";
    /// <summary>Administrateur: accounts, the audit log, and every write.</summary>
    public const string Administrator = "administrateur";

    public static IReadOnlyList<string> All { get; } = [Secretariat, GrantsOfficer, FinanceOfficer, ElectedMember, Administrator];

    public static string Label(string role) => role switch
    {
        Secretariat => "Secrétariat des assemblées",
        GrantsOfficer => "Instructeur des subventions",
        FinanceOfficer => "Finances (ordres de paiement)",
        ElectedMember => "Élu (lecture)",
        Administrator => "Administrateur",
        _ => role,
    };
}

/// <summary>Authorisation policies: every write names one of these; the server answers 403 otherwise.</summary>
public static class Policies
{
    /// <summary>Any signed-in account (back-office reading).</summary>
    public const string SignedIn = "connecte";
    /// <summary>Sittings, attendance, votes, signature: secretariat or administrator.</summary>
    public const string EditSittings = "modifier-seances";
    /// <summary>Beneficiaries, grant files, conventions: grants officer or administrator.</summary>
    public const string EditGrants = "modifier-subventions";
    /// <summary>Payment orders: finance officer or administrator.</summary>
    public const string OrderPayments = "ordonner-paiements";
    /// <summary>Importing deliberation documents and SCDL subventions files (/import): secretariat or administrator.</summary>
    public const string Import = "importer";
    /// <summary>Accounts and the audit log: administrator.</summary>
    public const string Administer = "administrer";
}
