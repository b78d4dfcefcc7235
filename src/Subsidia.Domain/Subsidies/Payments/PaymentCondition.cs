using Subsidia.Domain.Subsidies.Grants;

namespace Subsidia.Domain.Subsidies.Payments;

/// <summary>What must have happened before an instalment can be ordered.</summary>
public enum PaymentCondition
{
    /// <summary>The convention is signed ("à la signature de la présente convention").</summary>
    Signature,
    /// <summary>Interim financial report and interim activity report received.</summary>
    InterimReports,
    /// <summary>Written request, final financial report and final activity report received.</summary>
    FinalReports,
}

/// <summary>What the schedule needs to know about the grant to decide on a payment.</summary>
/// <param name="SignedOn">Date the convention was signed by both parties; null when not signed.</param>
/// <param name="NotifiedOn">Date the convention (or the attribution) was notified; null when not notified.</param>
/// <param name="Documents">The documents received.</param>
/// <param name="Calendar">The holiday calendar for the deadlines.</param>
public sealed record PaymentContext(DateOnly? SignedOn, DateOnly? NotifiedOn, IReadOnlyList<ReceivedDocument> Documents, Calendar.FrenchCalendar Calendar)
{
    /// <summary>The documents a condition requires.</summary>
    public static IReadOnlyList<DocumentKind> RequiredDocuments(PaymentCondition condition) => condition switch
    {
        PaymentCondition.Signature => [],
        PaymentCondition.InterimReports => [DocumentKind.InterimFinancialReport, DocumentKind.InterimActivityReport],
        _ => [DocumentKind.WrittenPaymentRequest, DocumentKind.FinalFinancialReport, DocumentKind.FinalActivityReport],
    };

    /// <summary>The French description of a condition.</summary>
    public static string Describe(PaymentCondition condition) => condition switch
    {
        PaymentCondition.Signature => "à la signature de la convention",
        PaymentCondition.InterimReports => "sur présentation d'un compte rendu financier et d'un bilan intermédiaires",
        _ => "sur demande écrite et présentation du compte rendu financier et du rapport d'activité finaux",
    };

    /// <summary>What is still missing on <paramref name="on"/> for <paramref name="condition"/> (French phrases); empty when met.</summary>
    public IReadOnlyList<string> Missing(PaymentCondition condition, DateOnly on)
    {
        var missing = new List<string>();
        if (condition == PaymentCondition.Signature && (SignedOn is null || SignedOn > on))
        {
            missing.Add("la signature de la convention");
        }

        foreach (var kind in RequiredDocuments(condition))
        {
            if (!Documents.Any(d => d.Kind == kind && d.ReceivedOn <= on))
            {
                missing.Add(ReceivedDocument.NameOf(kind));
            }
        }

        return missing;
    }

    /// <summary>True when <paramref name="condition"/> is met on <paramref name="on"/>.</summary>
    public bool IsMet(PaymentCondition condition, DateOnly on) => Missing(condition, on).Count == 0;

    /// <summary>The first written payment request received on or before <paramref name="on"/>.</summary>
    public DateOnly? FirstRequestOnOrBefore(DateOnly on) =>
        Documents.Where(d => d.Kind == DocumentKind.WrittenPaymentRequest && d.ReceivedOn <= on)
            .Select(d => (DateOnly?)d.ReceivedOn).Min();
}
