namespace Subsidia.Domain.Subsidies.Grants;

/// <summary>A document the beneficiary sends during the life of a grant.</summary>
public enum DocumentKind
{
    /// <summary>Demande écrite de versement.</summary>
    WrittenPaymentRequest,
    /// <summary>Compte rendu financier intermédiaire.</summary>
    InterimFinancialReport,
    /// <summary>Bilan intermédiaire d'activité.</summary>
    InterimActivityReport,
    /// <summary>Compte rendu financier final (arrêté du 11 octobre 2006).</summary>
    FinalFinancialReport,
    /// <summary>Rapport d'activité final.</summary>
    FinalActivityReport,
    /// <summary>Compte rendu financier CERFA 15059 for the financial year .</summary>
    Cerfa15059,
}

/// <summary>A document received, and when.</summary>
public sealed class ReceivedDocument
{
    private ReceivedDocument() { }

    internal ReceivedDocument(Guid id, DocumentKind kind, DateOnly receivedOn, string? reference)
    {
        Id = id;
        Kind = kind;
        ReceivedOn = receivedOn;
        Reference = reference;
    }

    public Guid Id { get; private set; }
    public DocumentKind Kind { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    /// <summary>Registration number or file name.</summary>
    public string? Reference { get; private set; }

    /// <summary>The French name of a kind of document.</summary>
    public static string NameOf(DocumentKind kind) => kind switch
    {
        DocumentKind.WrittenPaymentRequest => "la demande écrite de versement",
        DocumentKind.InterimFinancialReport => "le compte rendu financier intermédiaire",
        DocumentKind.InterimActivityReport => "le bilan intermédiaire d'activité",
        DocumentKind.FinalFinancialReport => "le compte rendu financier final",
        DocumentKind.FinalActivityReport => "le rapport d'activité final",
        _ => "le compte rendu financier (CERFA 15059)",
    };
}
