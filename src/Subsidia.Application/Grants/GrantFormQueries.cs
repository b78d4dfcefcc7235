using Microsoft.EntityFrameworkCore;
using Subsidia.Domain.Common;
using Subsidia.Domain.Subsidies.Envelopes;

namespace Subsidia.Application.Grants;

/// <summary>A choice of the grant creation form.</summary>
public sealed record FormChoice(Guid Id, string Label);

/// <summary>An act of the register that can decide a grant: the agenda item, its sitting, body and authority.</summary>
public sealed record ActChoice(Guid ItemId, Guid SittingId, Guid AuthorityId, string ItemNumber, string ActNumber, string Body,
    Domain.Assemblies.AssemblyKind BodyKind, DateOnly DecidedOn, string Title, DateOnly? PublishedOn, DateOnly? PrefectureReceivedOn)
{
    public string Label => $"n° {ActNumber} du {French.Date(DecidedOn)} ({Body}, rapport {ItemNumber}) : {Title}";
}

/// <summary>An envelope with its programme and authority.</summary>
public sealed record EnvelopeChoice(Guid Id, Guid ProgrammeId, Guid AuthorityId, string Authority, string Programme, string Budget, decimal Amount)
{
    public string Label => $"{Programme}, {Budget} ({French.Money(Amount)}) – {Authority}";
}

/// <summary>
/// An envelope's consumption: credits voted (with the amendments), committed (charged grants less releases) and paid
/// (R-37); the credits voted at the opening and each amendment since.
/// </summary>
public sealed record EnvelopeConsumption(Guid Id, string Budget, int Year, decimal Voted, decimal Committed, decimal Paid, decimal Available,
    IReadOnlyList<EnvelopeChargeView> Charges, string OpeningStage, decimal OpeningAmount, IReadOnlyList<EnvelopeAmendmentView> Amendments);

/// <summary>A change of the credits (BS or DM) and the credits it left.</summary>
public sealed record EnvelopeAmendmentView(int Rank, string Stage, DateOnly AmendedOn, string? Reference, decimal Change, decimal CreditsAfter);

/// <summary>A grant charged to an envelope.</summary>
public sealed record EnvelopeChargeView(Guid GrantFileId, string Label, DateOnly ChargedOn, decimal Committed, decimal Paid);

/// <summary>A budget programme and its envelopes.</summary>
public sealed record ProgrammeView(Guid Id, string Label, string Authority, int FirstYear, int LastYear, IReadOnlyList<EnvelopeConsumption> Envelopes);

public sealed partial class GrantQueries
{
    /// <summary>Choices a form shows at most: the lists are narrowed by a search, never every beneficiary or act.</summary>
    public const int ChoiceLimit = 20;

    /// <summary>
    /// The beneficiaries whose name, sigle or SIRET contains the search (the first ones by name without a search), and
    /// the selected one in any case; with the number of matches.
    /// </summary>
    public async Task<(IReadOnlyList<FormChoice> Choices, int Matches)> BeneficiaryChoicesAsync(string? search, Guid? selected, CancellationToken ct)
    {
        var query = db.Beneficiaries.AsNoTracking().Matching(search);

        var matches = await query.CountAsync(ct);
        var rows = await query.OrderBy(b => b.Name).ThenBy(b => b.Id).Take(ChoiceLimit).Select(b => new { b.Id, b.Name, b.Siret }).ToListAsync(ct);
        if (selected is { } id && rows.All(r => r.Id != id))
        {
            rows.InsertRange(0, await db.Beneficiaries.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.Id, b.Name, b.Siret }).ToListAsync(ct));
        }

        return (rows.Select(b => new FormChoice(b.Id, b.Siret is null ? b.Name : $"{b.Name} (SIRET {b.Siret})")).ToList(), matches);
    }

    public async Task<IReadOnlyList<EnvelopeChoice>> EnvelopeChoicesAsync(CancellationToken ct)
    {
        var programmes = await db.BudgetProgrammes.AsNoTracking().ToListAsync(ct);
        var envelopes = await db.Envelopes.AsNoTracking().ToListAsync(ct);
        var authorities = await db.Authorities.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return (from e in envelopes
                join p in programmes on e.ProgrammeId equals p.Id
                orderby p.Name, e.Year descending
                select new EnvelopeChoice(e.Id, p.Id, p.AuthorityId, authorities.GetValueOrDefault(p.AuthorityId, ""), p.Label, e.BudgetLabel, e.Amount))
            .ToList();
    }

    /// <summary>
    /// The acts of the register (agenda items with an act number) whose number or object contains the search, the most
    /// recent first (the latest ones without a search), and the selected one in any case; with the number of matches.
    /// </summary>
    public async Task<(IReadOnlyList<ActChoice> Choices, int Matches)> ActChoicesAsync(string? search, Guid? selected, CancellationToken ct)
    {
        var acts = from i in db.AgendaItems.AsNoTracking()
                   join s in db.Sittings.AsNoTracking() on EF.Property<Guid>(i, "SittingId") equals s.Id
                   join a in db.Assemblies.AsNoTracking() on s.AssemblyId equals a.Id
                   where i.ActNumber != null
                   select new ActRow
                   {
                       ItemId = i.Id, SittingId = s.Id, AuthorityId = a.AuthorityId, Number = i.Number, ActNumber = i.ActNumber!, Body = a.Name,
                       Kind = a.Kind, Date = s.Date, Title = i.Title, PublishedOn = i.PublishedOn ?? s.PublishedOn, PrefectureReceivedOn = i.PrefectureReceivedOn,
                   };
        var narrowed = acts;
        if (!string.IsNullOrWhiteSpace(search))
        {
            var lower = search.Trim().ToLowerInvariant();
            narrowed = acts.Where(r => r.ActNumber.ToLower().Contains(lower) || r.Title.ToLower().Contains(lower));
        }

        var matches = await narrowed.CountAsync(ct);
        var rows = await narrowed.OrderByDescending(r => r.Date).ThenBy(r => r.ActNumber).Take(ChoiceLimit).ToListAsync(ct);
        if (selected is { } id && rows.All(r => r.ItemId != id))
        {
            rows.InsertRange(0, await acts.Where(r => r.ItemId == id).ToListAsync(ct));
        }

        return (rows.Select(r => new ActChoice(r.ItemId, r.SittingId, r.AuthorityId, r.Number, r.ActNumber, r.Body, r.Kind, r.Date, r.Title,
            r.PublishedOn, r.PrefectureReceivedOn)).ToList(), matches);
    }

    /// <summary>An act as the form's query reads it (member initialisation, so that the database filters and sorts it).</summary>
    private sealed class ActRow
    {
        public Guid ItemId { get; init; }
        public Guid SittingId { get; init; }
        public Guid AuthorityId { get; init; }
        public string Number { get; init; } = "";
        public string ActNumber { get; init; } = "";
        public string Body { get; init; } = "";
        public Domain.Assemblies.AssemblyKind Kind { get; init; }
        public DateOnly Date { get; init; }
        public string Title { get; init; } = "";
        public DateOnly? PublishedOn { get; init; }
        public DateOnly? PrefectureReceivedOn { get; init; }
    }

    /// <summary>Every programme with the consumption of its envelopes.</summary>
    public async Task<IReadOnlyList<ProgrammeView>> ProgrammesAsync(CancellationToken ct)
    {
        var programmes = await db.BudgetProgrammes.AsNoTracking().ToListAsync(ct);
        var envelopes = await db.Envelopes.AsNoTracking().Include(e => e.Charges).Include(e => e.Amendments).AsSplitQuery().ToListAsync(ct);
        var authorities = await db.Authorities.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, ct);
        return programmes
            .OrderBy(p => p.FirstYear).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new ProgrammeView(p.Id, p.Label, authorities.GetValueOrDefault(p.AuthorityId, ""), p.FirstYear, p.LastYear,
                envelopes.Where(e => e.ProgrammeId == p.Id).OrderBy(e => e.Year).ThenBy(e => e.BudgetLabel, StringComparer.Ordinal)
                    .Select(e => new EnvelopeConsumption(e.Id, e.BudgetLabel, e.Year, e.Amount, e.Committed, e.Paid, e.Available,
                        e.Charges.OrderBy(c => c.ChargedOn).Select(c => new EnvelopeChargeView(c.GrantFileId, c.Label, c.ChargedOn, c.Committed, c.Paid)).ToList(),
                        BudgetStages.Name(e.Stage), e.OpeningAmount, AmendmentViews(e)))
                    .ToList()))
            .ToList();
    }

    /// <summary>The amendments in their order, each with the credits it left.</summary>
    private static List<EnvelopeAmendmentView> AmendmentViews(Envelope envelope)
    {
        var credits = envelope.OpeningAmount;
        return envelope.Amendments.OrderBy(a => a.Rank)
            .Select(a => new EnvelopeAmendmentView(a.Rank, BudgetStages.Name(a.Stage), a.AmendedOn, a.Reference, a.Change, credits += a.Change))
            .ToList();
    }

    public async Task<ProgrammeView?> ProgrammeAsync(Guid id, CancellationToken ct) =>
        (await ProgrammesAsync(ct)).FirstOrDefault(p => p.Id == id);
}

/// <summary>What the grant page needs to offer the convention's generation.</summary>
public sealed record ConventionState(bool Decided, Guid? ConventionId, string? Title, DateOnly? SignedOn, int Instalments, int? RequestDeadlineMonths, int Orders,
    string Authority, string? BeneficiaryRepresentativeName, string? BeneficiaryRepresentativeTitle, string? BeneficiaryRepresentativeCivility,
    string? AuthorityRepresentativeName, string? AuthorityRepresentativeTitle, string? AuthorityRepresentativeCivility)
{
    public bool HasConvention => ConventionId is not null;
}

public sealed partial class GrantQueries
{
    public async Task<ConventionState?> ConventionStateAsync(Guid grantId, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant is null)
        {
            return null;
        }

        var beneficiary = await db.Beneficiaries.AsNoTracking().FirstAsync(b => b.Id == grant.BeneficiaryId, ct);
        var authority = await db.Authorities.AsNoTracking().FirstAsync(a => a.Id == grant.AuthorityId, ct);
        var c = grant.Convention;
        var beneficiaryRep = c?.BeneficiaryRepresentative ?? beneficiary.Representative;
        var authorityRep = c?.AuthorityRepresentative;
        return new ConventionState(grant.Decision is not null, c?.Id, c?.Title, c?.SignedOn, grant.Schedule?.Instalments.Count ?? 0,
            grant.Schedule?.RequestDeadlineMonths, grant.Schedule?.Orders.Count ?? 0, authority.Name, beneficiaryRep?.Name, beneficiaryRep?.Title, beneficiaryRep?.Civility,
            authorityRep?.Name, authorityRep?.Title, authorityRep?.Civility);
    }
}

/// <summary>An action of the programme with its budget and indicators ("Visites organisées : cible 12").</summary>
public sealed record ProgrammeActionView(string Title, decimal? Budget, IReadOnlyList<string> Indicators);

/// <summary>An objective and its actions, in the programme's order.</summary>
public sealed record ProgrammeObjectiveView(string Number, string Title, IReadOnlyList<ProgrammeActionView> Actions, IReadOnlyList<string> OtherIndicators);

/// <summary>The action programme of a grant as the grant page shows it.</summary>
public sealed record ActionProgrammeView(string Title, IReadOnlyList<ProgrammeObjectiveView> Objectives);

public sealed partial class GrantQueries
{
    public async Task<ActionProgrammeView?> ActionProgrammeAsync(Guid grantId, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().AsNoTracking().FirstOrDefaultAsync(g => g.Id == grantId, ct);
        if (grant?.Programme is not { } programme)
        {
            return null;
        }

        static string Indicator(Domain.Subsidies.ActionProgrammes.Indicator i) =>
            i.Target is { } target
                ? $"{i.Label} : cible {target.ToString("#,##0.##", French.Culture)}{(i.Unit is null ? "" : " " + i.Unit)}"
                : i.Label;

        return new ActionProgrammeView(programme.Title, programme.Objectives.OrderBy(o => o.Order).Select(o => new ProgrammeObjectiveView(
                o.Number, o.Title,
                o.Actions.OrderBy(a => a.Order).Select(a => new ProgrammeActionView(a.Title, a.Budget,
                    o.IndicatorsOf(a).OrderBy(i => i.Order).Select(Indicator).ToList())).ToList(),
                o.Indicators.Where(i => i.ActionId is null).OrderBy(i => i.Order).Select(Indicator).ToList()))
            .ToList());
    }
}

/// <summary>The one search of beneficiaries (list page, grant form): name or sigle, part of the SIRET, or the RNA.</summary>
public static class BeneficiarySearch
{
    public static IQueryable<Domain.Subsidies.Beneficiaries.Beneficiary> Matching(this IQueryable<Domain.Subsidies.Beneficiaries.Beneficiary> query, string? search)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(search))
        {
            return query;
        }

        var q = search.Trim();
        var lower = q.ToLowerInvariant();
        var upper = q.ToUpperInvariant();
        var digits = new string(q.Where(char.IsAsciiDigit).ToArray());
        return query.Where(b => b.Name.ToLower().Contains(lower) || (b.ShortName != null && b.ShortName.ToLower().Contains(lower))
            || (digits.Length >= 3 && b.Siret != null && b.Siret.Contains(digits)) || (b.Rna != null && b.Rna == upper));
    }
}
