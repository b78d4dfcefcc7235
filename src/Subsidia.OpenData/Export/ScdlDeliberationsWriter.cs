using System.Globalization;
using Subsidia.Domain.Assemblies;
using Subsidia.OpenData.Actes;

namespace Subsidia.OpenData.Export;

/// <summary>
/// The SCDL vote columns of one act. SCDL has no column for members who do not take part (conseillers
/// intéressés): they are kept outside <see cref="Actual"/> (VOTE_REEL = POUR + CONTRE + ABSTENTION), and
/// <see cref="Effective"/> (VOTE_EFFECTIF) is the seats filled, so EFFECTIF − REEL counts the absent members
/// without proxy plus the members not taking part. See docs/open-data-mapping.md.
/// </summary>
public sealed record ScdlVote(int Effective, int Actual, int For, int Against, int Abstention)
{
    /// <summary>
    /// Maps a recorded tally: the counts as recorded; when the act only says "à l'unanimité", every voter of the
    /// computed roll voted for. Null when nothing can be stated (no count and no roll).
    /// </summary>
    public static ScdlVote? FromTally(int membersInOffice, RecordedTally tally, int? computedVoters)
    {
        ArgumentNullException.ThrowIfNull(tally);
        int @for, against, abstain;
        if (tally.For is null && tally.Against is null && tally.Abstain is null)
        {
            if (!tally.Unanimous || computedVoters is null)
            {
                return null;
            }

            @for = computedVoters.Value;
            against = 0;
            abstain = 0;
        }
        else
        {
            against = tally.Against ?? 0;
            abstain = tally.Abstain ?? 0;
            @for = tally.For ?? (tally.Unanimous && computedVoters is { } v ? v - against - abstain : 0);
        }

        var actual = @for + against + abstain;
        return new ScdlVote(Math.Max(membersInOffice, actual), actual, @for, against, abstain);
    }
}

/// <summary>One row of the SCDL délibérations file: one act.</summary>
public sealed record ScdlDeliberationRow
{
    public required string AuthorityName { get; init; }
    /// <summary>SIRET of the deciding authority (14 digits).</summary>
    public required string AuthoritySiret { get; init; }
    /// <summary>The act's local identifier ("2012/001753").</summary>
    public required string DeliberationId { get; init; }
    /// <summary>Adoption date (the sitting's date).</summary>
    public required DateOnly Date { get; init; }
    /// <summary>ACTES level-2 code ("7.5"); deeper codes ("7.5.1") are cut to level 2.</summary>
    public required string MatterCode { get; init; }
    /// <summary>Null writes the ACTES name of <see cref="MatterCode"/> ("finances locales/subventions").</summary>
    public string? MatterName { get; init; }
    public required string Purpose { get; init; }
    /// <summary>"2024" or "2024/2025".</summary>
    public string? BudgetYear { get; init; }
    public string? BudgetName { get; init; }
    /// <summary>PREFNNN, SPREFNNNM or SGARNNN, when the act was transmitted.</summary>
    public string? PrefectureId { get; init; }
    /// <summary>Receipt date from the @ctes acknowledgment.</summary>
    public DateOnly? PrefectureDate { get; init; }
    public ScdlVote? Vote { get; init; }
    public Uri? Url { get; init; }

    /// <summary>Fills PREF_ID (the department's prefecture, "PREF025") and PREF_DATE from the @ctes acknowledgment.</summary>
    public ScdlDeliberationRow WithAcknowledgment(ActesAcknowledgment acknowledgment, string department)
    {
        ArgumentNullException.ThrowIfNull(acknowledgment);
        return this with { PrefectureId = ActesIdentifier.PrefectureId(department), PrefectureDate = acknowledgment.ReceivedOn };
    }
}

/// <summary>Writes the SCDL délibérations 2.1.5 CSV, UTF-8, comma-separated.</summary>
public static class ScdlDeliberationsWriter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE", "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET",
        "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID", "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE",
        "VOTE_ABSTENTION", "DELIB_URL",
    ];

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static long Write(TextWriter writer, IEnumerable<ScdlDeliberationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new CsvOutput(writer);
        csv.Row(Columns);
        long count = 0;
        foreach (var r in rows)
        {
            var matter = ActesNomenclature.Find(r.MatterCode)
                ?? throw new ArgumentException($"« {r.MatterCode} » n'est pas un code de matière ACTES (acte {r.DeliberationId}).", nameof(rows));
            csv.Cell(r.AuthorityName);
            csv.Cell(r.AuthoritySiret);
            csv.Cell(r.DeliberationId);
            csv.Cell(Date(r.Date));
            csv.Cell(matter.Code);
            csv.Cell(r.MatterName ?? matter.ScdlName);
            csv.Cell(r.Purpose);
            var budget = r.BudgetYear is not null && r.BudgetName is not null;
            csv.Cell(budget ? r.BudgetYear : null);
            csv.Cell(budget ? r.BudgetName : null);
            csv.Cell(r.PrefectureId);
            csv.Cell(r.PrefectureDate is { } p ? Date(p) : null);
            csv.Cell(Int(r.Vote?.Effective));
            csv.Cell(Int(r.Vote?.Actual));
            csv.Cell(Int(r.Vote?.For));
            csv.Cell(Int(r.Vote?.Against));
            csv.Cell(Int(r.Vote?.Abstention));
            csv.Cell(r.Url?.AbsoluteUri);
            csv.EndRow();
            count++;
        }

        return count;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", Invariant);

    private static string? Int(int? n) => n?.ToString(Invariant);
}
