using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Data.Obligations;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.ForecastBudgets;
using Subsidia.Domain.Subsidies.Grants;
using Subsidia.Domain.Subsidies.Obligations;

namespace Subsidia.Application.Grants;

/// <summary>Grants, their schedules, budgets and obligations, as the API and the CLI show them.</summary>
public sealed partial class GrantQueries(SubsidiaDbContext db, TimeProvider clock)
{
    public FrenchCalendar Calendar { get; init; } = FrenchCalendar.Metropolitan;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>Every grant, the most recently decided first (the exports).</summary>
    public async Task<IReadOnlyList<GrantSummary>> ListAsync(CancellationToken ct) => (await PageAsync(null, 0, int.MaxValue, ct)).Grants;

    /// <summary>
    /// One page of grants, the most recently decided first, sorted and cut by the database so that the list stays
    /// fast with hundreds of thousands of files; <paramref name="search"/> looks in the beneficiary, the object and
    /// the act number.
    /// </summary>
    public async Task<GrantPage> PageAsync(string? search, int offset, int limit, CancellationToken ct)
    {
        var rows = from g in db.GrantFiles
                   join b in db.Beneficiaries on g.BeneficiaryId equals b.Id
                   select new { g.Id, Beneficiary = b.Name, g.Request.Subject, g.Request.AmountRequested, Amount = (decimal?)g.Decision!.Amount,
                       Act = g.Decision!.ActNumber, DecidedOn = (DateOnly?)g.Decision!.DecidedOn, g.Request.PeriodStart };
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim().ToLowerInvariant();
            rows = rows.Where(r => r.Beneficiary.ToLower().Contains(s) || r.Subject.ToLower().Contains(s) || (r.Act != null && r.Act.ToLower().Contains(s)));
        }

        var total = await rows.CountAsync(ct);
        var page = await rows.OrderByDescending(r => r.DecidedOn).ThenBy(r => r.Beneficiary).ThenBy(r => r.Id)
            .Skip(Math.Max(0, offset)).Take(Math.Max(0, limit)).ToListAsync(ct);
        return new GrantPage(total, page
            .Select(r => new GrantSummary(r.Id, r.Beneficiary, r.Subject, r.Amount ?? r.AmountRequested, r.DecidedOn?.Year ?? r.PeriodStart?.Year, r.Act, r.DecidedOn))
            .ToList());
    }

    public async Task<GrantView?> GetAsync(Guid id, DateOnly? on, CancellationToken ct)
    {
        var grant = await db.GrantFilesWithEverything().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (grant is null)
        {
            return null;
        }

        var beneficiary = await db.Beneficiaries.Include(b => b.History).FirstAsync(b => b.Id == grant.BeneficiaryId, ct);
        var authority = await db.Authorities.FirstAsync(a => a.Id == grant.AuthorityId, ct);
        var envelope = grant.EnvelopeId is { } envelopeId
            ? await db.Envelopes.Include(e => e.Charges).FirstOrDefaultAsync(e => e.Id == envelopeId, ct)
            : null;
        var programme = envelope is null ? null : await db.BudgetProgrammes.FirstOrDefaultAsync(p => p.Id == envelope.ProgrammeId, ct);
        var day = on ?? Today;
        var context = grant.PaymentContext(Calendar);
        var schedule = grant.Schedule;

        return new GrantView(
            grant.Id,
            authority.Name,
            new BeneficiaryView(beneficiary.Id, beneficiary.Name, beneficiary.ShortName, beneficiary.LegalForm.ToString(), beneficiary.Siret, beneficiary.Rna),
            grant.Request.Subject,
            grant.Request.AmountRequested,
            grant.AmountGranted ?? grant.Request.AmountRequested,
            grant.Year,
            grant.Decision is { } d
                ? new DecisionView(d.ActNumber, d.ItemNumber, d.DecidingBody, d.DecidedOn, d.PublishedOn, d.PrefectureReceivedOn, d.ExecutoryOn, d.SittingId)
                : null,
            grant.NotifiedOn,
            grant.Convention?.SignedOn,
            envelope is null ? null : new EnvelopeView(envelope.Id, programme?.Label ?? "", envelope.BudgetLabel, envelope.Amount, envelope.Committed, envelope.Paid, envelope.Available),
            schedule is null ? [] : schedule.Instalments.OrderBy(i => i.Rank).Select(i => new InstalmentView(
                i.Id, i.Rank, i.Label, schedule.PlannedAmount(i), i.Share, i.Condition.ToString(), i.Optional,
                schedule.StateOf(i, day, context).ToString(), schedule.Orders.Where(o => o.InstalmentId == i.Id).Sum(o => o.Amount))).ToList(),
            schedule?.RequestDeadline(context),
            grant.Budget is { } budget ? Budget(budget) : null,
            grant.Programme?.Objectives.Count,
            grant.Programme?.Actions.Count(),
            Obligations(grant, beneficiary.Name, day),
            grant.Check(beneficiary).Concat(grant.Budget?.Check(grant.AmountGranted ?? 0m) ?? []).Distinct().Select(FindingView.From).ToList(),
            day,
            grant.ToComplete(beneficiary));
    }

    /// <summary>Every obligation of every grant with its state on <paramref name="on"/>, the earliest due first (the
    /// downloads), read from the stored obligations (docs/decisions/0013).</summary>
    public async Task<IReadOnlyList<ObligationView>> ObligationsAsync(DateOnly on, CancellationToken ct)
    {
        var rows = await db.GrantObligations.AsNoTracking().ToListAsync(ct);
        return rows.OrderBy(o => o.DueOn ?? DateOnly.MaxValue).ThenBy(o => o.BeneficiaryName, StringComparer.Ordinal)
            .ThenBy(o => o.GrantFileId).ThenBy(o => o.Position).Select(o => View(o, on)).ToList();
    }

    /// <summary>
    /// One page of the obligations of <paramref name="list"/> on <paramref name="on"/>, by due date then beneficiary
    /// (undated ones last), filtered, counted and cut by the database on the stored obligations: the obligations page
    /// and <c>GET /api/obligations</c>.
    /// </summary>
    public async Task<ObligationPage> ObligationPageAsync(DateOnly on, ObligationList list, int offset, int limit, CancellationToken ct)
    {
        var monthEnd = new DateOnly(on.Year, on.Month, 1).AddMonths(1).AddDays(-1);
        var rows = db.GrantObligations.AsNoTracking();
        var none = rows.Where(o => false);
        // Dated then undated, each read in the order of the (due date, beneficiary) index; each group's due-date range
        // is stated on its own so that the database scans only that range (an undated obligation is always upcoming).
        var (dated, undated) = list switch
        {
            ObligationList.Outstanding => (rows.Where(StoredObligation.States.Outstanding(on)), none),
            ObligationList.ThisMonth => (rows.Where(o => o.DueOn >= on && o.DueOn <= monthEnd).Where(StoredObligation.States.Open(on)), none),
            ObligationList.Late => (rows.Where(o => o.DueOn < on).Where(StoredObligation.States.Late(on)), none),
            ObligationList.Lapsed => (rows.Where(o => o.DueOn < on).Where(StoredObligation.States.Lapsed(on)), none),
            ObligationList.Later => (rows.Where(o => o.DueOn > monthEnd).Where(StoredObligation.States.Open(on)), rows.Where(o => o.DueOn == null)),
            _ => (rows.Where(o => o.DueOn != null), rows.Where(o => o.DueOn == null)),
        };

        var datedCount = await dated.CountAsync(ct);
        var undatedCount = list is ObligationList.All or ObligationList.Later ? await undated.CountAsync(ct) : 0;
        var from = Math.Max(0, offset);
        var size = Math.Max(0, limit);
        var page = new List<StoredObligation>();
        if (from < datedCount && size > 0)
        {
            page.AddRange(await Ordered(dated).Skip(from).Take(size).ToListAsync(ct));
        }

        if (page.Count < size && undatedCount > 0)
        {
            page.AddRange(await Ordered(undated).Skip(Math.Max(0, from - datedCount)).Take(size - page.Count).ToListAsync(ct));
        }

        return new ObligationPage(datedCount + undatedCount, page.Select(o => View(o, on)).ToList());

        static IQueryable<StoredObligation> Ordered(IQueryable<StoredObligation> q) =>
            q.OrderBy(o => o.DueOn).ThenBy(o => o.BeneficiaryName).ThenBy(o => o.GrantFileId).ThenBy(o => o.Position);
    }

    private static ObligationView View(StoredObligation o, DateOnly on) => new(o.GrantFileId, o.BeneficiaryName, o.Kind.ToString(), o.Label,
        o.OpensOn, o.DueOn, o.ToObligation().StateOn(on).ToString(), o.Source, o.PendingReason);

    private List<ObligationView> Obligations(GrantFile grant, string beneficiary, DateOnly on) =>
        grant.Obligations(Calendar).Select(o => new ObligationView(grant.Id, beneficiary, o.Kind.ToString(), o.Label, o.OpensOn, o.DueOn,
            o.StateOn(on).ToString(), o.Source, o.PendingReason)).ToList();

    private static BudgetView Budget(ForecastBudget b) => new(
        b.Title,
        b.Sections.OrderBy(s => s.Order).Select(s => new BudgetSectionView(s.Name, s.ExpenseTotal, s.RevenueTotal,
            s.Expenses.Select(Line).ToList(), s.Revenues.Select(Line).ToList())).ToList(),
        b.Total,
        b.RevenueTotal,
        Math.Round(b.PublicShare, 4),
        ForecastBudget.ToPercent(b.PublicShare),
        Math.Round(b.GrantingAuthorityShare, 4),
        ForecastBudget.ToPercent(b.GrantingAuthorityShare),
        b.ExpenseTotal == b.RevenueTotal);

    private static BudgetLineView Line(BudgetLine l) => new(l.Label, l.Side.ToString(), l.Amount, l.StatedAmount, l.Funder?.ToString(),
        l.IsGrantingAuthority, l.Nature.ToString(), l.Children.Select(Line).ToList());
}
