using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Calendar;
using Subsidia.Domain.Common;
using Subsidia.OpenData.Actes;
using Subsidia.OpenData.Calendar;
using Subsidia.OpenData.Export;
using Subsidia.OpenData.Import;

namespace Subsidia.Application.OpenData;

/// <summary>What an export wrote and what it had to leave out, with the reason (in French).</summary>
public sealed record ExportResult(long Rows, IReadOnlyList<string> Skipped);

/// <summary>
/// Builds the SCDL délibérations and subventions files from the database (docs/open-data-mapping.md), and the
/// iCalendar feed of obligations. Nothing is invented: a row that lacks a required value is left out and said.
/// </summary>
public sealed class OpenDataExport(SubsidiaDbContext db)
{
    public async Task<ExportResult> DeliberationsAsync(TextWriter writer, int? year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var skipped = new List<string>();
        var rows = new List<ScdlDeliberationRow>();
        var sittings = await db.SittingsWithEverything().AsNoTracking()
            .Where(s => year == null || (s.Date >= new DateOnly(year.Value, 1, 1) && s.Date <= new DateOnly(year.Value, 12, 31)))
            .ToListAsync(ct);
        var assemblies = await db.Assemblies.AsNoTracking().Include(a => a.Members).ToDictionaryAsync(a => a.Id, ct);
        var authorities = await db.Authorities.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        var receipts = await db.GrantFiles.AsNoTracking().Where(g => g.Decision != null)
            .Select(g => new { g.Decision!.AgendaItemId, g.Decision.PrefectureReceivedOn }).ToListAsync(ct);
        foreach (var sitting in sittings.OrderBy(s => s.Date))
        {
            var assembly = assemblies[sitting.AssemblyId];
            var authority = authorities[assembly.AuthorityId];
            var engine = new RollEngine(sitting, assembly.Members);
            foreach (var item in sitting.Items.Where(i => i.ActNumber is not null).OrderBy(i => i.Rank))
            {
                if (item.Matter is null || ActesNomenclature.Find(item.Matter) is null)
                {
                    skipped.Add($"Délibération {item.ActNumber} : matière ACTES absente ou inconnue, ligne non publiée.");
                    continue;
                }

                var evaluation = engine.EvaluateItem(item);
                var receivedOn = item.PrefectureReceivedOn ?? receipts.FirstOrDefault(r => r.AgendaItemId == item.Id)?.PrefectureReceivedOn;
                var prefectureId = item.PrefectureActId;
                if (prefectureId is null && authority.Siren is not null && authority.DepartmentCode is not null && receivedOn is not null)
                {
                    prefectureId = ActesIdentifier.Create(authority.DepartmentCode, authority.Siren, sitting.Date, item.ActNumber!).ToString();
                }

                rows.Add(new ScdlDeliberationRow
                {
                    AuthorityName = authority.Name,
                    AuthoritySiret = authority.Siret ?? "",
                    DeliberationId = item.ActNumber!,
                    Date = sitting.Date,
                    MatterCode = item.Matter,
                    Purpose = item.Title,
                    PrefectureId = prefectureId,
                    PrefectureDate = prefectureId is null ? null : receivedOn,
                    Vote = ScdlVote.FromTally(sitting.MembersInOffice, item.Recorded, evaluation.Roll?.Voters),
                });
                if (authority.Siret is null)
                {
                    skipped.Add($"Délibération {item.ActNumber} : le SIRET de la collectivité n'est pas renseigné (COLL_SIRET vide).");
                }
            }
        }

        return new ExportResult(ScdlDeliberationsWriter.Write(writer, rows), skipped);
    }

    public async Task<ExportResult> SubventionsAsync(TextWriter writer, int? year, ScdlSubventionsVariant variant, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var skipped = new List<string>();
        var rows = new List<ScdlSubventionRow>();
        var grants = await db.GrantFilesWithEverything().AsNoTracking().ToListAsync(ct);
        var beneficiaries = await db.Beneficiaries.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var authorities = await db.Authorities.AsNoTracking().ToDictionaryAsync(a => a.Id, ct);
        foreach (var grant in grants.Where(g => year is null || g.Year == year).OrderBy(g => g.Decision?.DecidedOn))
        {
            var beneficiary = beneficiaries[grant.BeneficiaryId];
            var authority = authorities[grant.AuthorityId];
            if (grant.Decision is not { } decision)
            {
                skipped.Add($"{beneficiary.Name} : subvention non encore attribuée.");
                continue;
            }

            if (grant.Convention?.SignedOn is not { } signedOn)
            {
                skipped.Add($"{beneficiary.Name} ({decision.ActNumber}) : convention non signée, rien à publier avant sa signature (R-28).");
                continue;
            }

            if (authority.Siret is null)
            {
                skipped.Add($"{beneficiary.Name} ({decision.ActNumber}) : le SIRET de la collectivité n'est pas renseigné (idAttribuant).");
                continue;
            }

            var schedule = grant.Schedule;
            var context = grant.PaymentContext(FrenchCalendar.Metropolitan);
            var last = schedule?.RequestDeadline(context) ?? grant.Convention.EndsOn;
            var instalments = schedule?.Instalments.Count ?? 1;
            rows.Add(new ScdlSubventionRow
            {
                AttributorName = authority.Name,
                AttributorSiret = authority.Siret,
                ConventionDate = signedOn,
                DecisionReference = decision.ActNumber,
                BeneficiaryName = beneficiary.Name,
                BeneficiarySiret = beneficiary.Siret,
                BeneficiaryRna = beneficiary.Rna,
                Purpose = grant.Request.Subject,
                Amount = decision.Amount,
                Conditions = instalments > 1 ? PaymentKind.Instalments : PaymentKind.OnePayment,
                ConditionsDescription = schedule is null ? null : string.Join(" ; ", schedule.Instalments.OrderBy(i => i.Rank).Select(i => i.Label)),
                PaymentFrom = signedOn,
                PaymentTo = instalments > 1 && last is { } to && to > signedOn ? to : null,
                Share = grant.Budget is { } budget && budget.RevenueTotal > 0 ? Math.Round(budget.GrantingAuthorityShare, 4) : 1m,
            });
            if (beneficiary.Siret is null && beneficiary.Rna is null)
            {
                skipped.Add($"{beneficiary.Name} ({decision.ActNumber}) : ni SIRET ni RNA pour le bénéficiaire (ligne écrite, à compléter).");
            }
        }

        return new ExportResult(ScdlSubventionsWriter.Write(writer, rows, variant), skipped);
    }

    /// <summary>The obligations of every grant (or of one beneficiary) as an iCalendar feed: one event per dated obligation.</summary>
    public async Task<string> ObligationsCalendarAsync(Guid? beneficiaryId, DateTimeOffset stamp, CancellationToken ct)
    {
        // The obligations stored per grant (docs/decisions/0013), read by due date: no grant is loaded.
        var rows = await (from o in db.GrantObligations.AsNoTracking()
                          join g in db.GrantFiles.AsNoTracking() on o.GrantFileId equals g.Id
                          where o.DueOn != null && (beneficiaryId == null || g.BeneficiaryId == beneficiaryId)
                          orderby o.DueOn, o.GrantFileId, o.Position
                          select o).ToListAsync(ct);
        var events = rows.Select(o => new CalendarEvent(StableId.For("obligation", o.GrantFileId.ToString(), o.Kind.ToString(), o.Label).ToString() + "@subsidia",
                o.DueOn!.Value, $"{o.Label} – {o.BeneficiaryName}")
            {
                Description = $"{o.Source}{(o.PendingReason is null ? "" : " – " + o.PendingReason)}",
                Categories = [o.Kind.ToString()],
            });
        var beneficiaryName = beneficiaryId is { } id
            ? await db.Beneficiaries.AsNoTracking().Where(b => b.Id == id).Select(b => b.Name).FirstOrDefaultAsync(ct)
            : null;
        var name = beneficiaryName is not null ? $"Obligations – {beneficiaryName}" : "Obligations des subventions";
        return ICalendarWriter.Write(events, stamp, name);
    }
}
