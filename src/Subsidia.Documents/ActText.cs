namespace Subsidia.Documents;

/// <summary>A person who signs a document, with the quality printed under the name.</summary>
/// <param name="Name">"Anne VIGNOT".</param>
/// <param name="Quality">"La Présidente", "Maire de Besançon", "Conseiller Communautaire Délégué".</param>
public sealed record Signatory(string Name, string Quality);

/// <summary>An amount in the budget inscription of an act: "Montant de l'opération : 15 000 €".</summary>
public sealed record BudgetAmount(string Label, decimal Amount);

/// <summary>A block of the body of an act: a paragraph, or an item of a bulleted list.</summary>
public sealed record TextBlock(string Text, bool Bullet = false);

/// <summary>A section of the body of an act, with an optional heading ("I. Présentation du CMQ MSI").</summary>
public sealed record TextSection(string? Heading, IReadOnlyList<TextBlock> Blocks);

/// <summary>
/// The text of an act that the assembly model does not hold: budget inscription, summary, body, operative clauses,
/// signatures and the dates of publication and transmission. Everything is optional; an extract without it still
/// states the sitting, the attendance and the vote.
/// </summary>
public sealed record ActText
{
    /// <summary>"BP 2012 et PPIF 2012-2016 « Soutien compétitivité »".</summary>
    public string? BudgetProgramme { get; init; }

    public IReadOnlyList<BudgetAmount> BudgetAmounts { get; init; } = [];

    /// <summary>Paragraphs of the "Résumé".</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>The report's sections.</summary>
    public IReadOnlyList<TextSection> Body { get; init; } = [];

    /// <summary>The decision's clauses, after "le Conseil de Communauté :".</summary>
    public IReadOnlyList<string> OperativeClauses { get; init; } = [];

    /// <summary>Who signs "Pour extrait conforme"; by default the chair at the item.</summary>
    public Signatory? Signatory { get; init; }

    /// <summary>The secretary's signature block; by default the secretary of the sitting.</summary>
    public Signatory? SecretarySignatory { get; init; }

    /// <summary>Date put online; by default the sitting's publication date.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>Date of the prefecture's acknowledgment of receipt .</summary>
    public DateOnly? PrefectureReceivedOn { get; init; }

    /// <summary>The court an appeal goes to .</summary>
    public string AppealCourt { get; init; } = "Tribunal administratif de Besançon";

    /// <summary>Place where documents are signed ("Fait à Besançon").</summary>
    public string? SignedAt { get; init; }
}
