using Microsoft.EntityFrameworkCore;
using Subsidia.Data;

namespace Subsidia.Web.Features.Register;

/// <summary>What a search of the register asks for; every criterion is optional.</summary>
public sealed record ActSearch(string? Number, DateOnly? From, DateOnly? To, string? Subject, string? Matter, bool PublishedOnly, int Limit = 200,
    string? Beneficiary = null);

/// <summary>An act (délibération) in a list of the register.</summary>
public sealed record ActSummary(string Number, string Report, string Title, string? Matter, DateOnly SittingDate, Guid SittingId,
    string Body, string Authority, DateOnly? PublishedOn, bool IsSigned, DateOnly? PrefectureReceivedOn = null)
{
    /// <summary>Executory once published and received by the prefecture: the later date (L2131-1).</summary>
    public DateOnly? ExecutoryOn => PublishedOn is { } p && PrefectureReceivedOn is { } r ? (p > r ? p : r) : null;

    /// <summary>Published (affiché or put online) or signed: the act is public.</summary>
    public bool IsPublic => PublishedOn is not null || IsSigned;
}

/// <summary>Searches the register of acts: number, date, object, matière (ACTES classification), beneficiary of a grant decided.</summary>
public sealed class RegisterQueries(SubsidiaDbContext db)
{
    public async Task<IReadOnlyList<ActSummary>> SearchAsync(ActSearch search, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(search);
        var rows = from i in db.AgendaItems
                   join s in db.Sittings on EF.Property<Guid>(i, "SittingId") equals s.Id
                   join a in db.Assemblies on s.AssemblyId equals a.Id
                   join au in db.Authorities on a.AuthorityId equals au.Id
                   where i.ActNumber != null
                   select new
                   {
                       ItemId = i.Id, i.ActNumber, i.Number, i.Title, i.Matter, s.Date, SittingId = s.Id, Body = a.Name, Authority = au.Name,
                       PublishedOn = i.PublishedOn ?? s.PublishedOn, s.SignedOn, i.PrefectureReceivedOn,
                   };
        if (search.PublishedOnly)
        {
            rows = rows.Where(r => r.PublishedOn != null || r.SignedOn != null);
        }

        if (!string.IsNullOrWhiteSpace(search.Number))
        {
            var number = search.Number.Trim();
            rows = rows.Where(r => r.ActNumber!.Contains(number));
        }

        if (search.From is { } from)
        {
            rows = rows.Where(r => r.Date >= from);
        }

        if (search.To is { } to)
        {
            rows = rows.Where(r => r.Date <= to);
        }

        if (!string.IsNullOrWhiteSpace(search.Subject))
        {
            // lower() on both sides: the same case-insensitive search on SQLite and PostgreSQL.
            var text = search.Subject.Trim().ToLowerInvariant();
            rows = rows.Where(r => r.Title.ToLower().Contains(text));
        }

        if (!string.IsNullOrWhiteSpace(search.Matter))
        {
            var matter = search.Matter.Trim();
            rows = rows.Where(r => r.Matter != null && (r.Matter == matter || r.Matter.StartsWith(matter + ".")));
        }

        if (!string.IsNullOrWhiteSpace(search.Beneficiary))
        {
            // The acts that decided a grant file of a beneficiary whose name (or short name, sigle) contains the text.
            var text = search.Beneficiary.Trim().ToLowerInvariant();
            var deciding = from g in db.GrantFiles
                           join b in db.Beneficiaries on g.BeneficiaryId equals b.Id
                           where g.Decision != null && g.Decision.AgendaItemId != null && (b.Name.ToLower().Contains(text) || (b.ShortName != null && b.ShortName.ToLower().Contains(text)))
                           select g.Decision!.AgendaItemId;
            rows = rows.Where(r => deciding.Contains(r.ItemId));
        }

        var found = await rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.ActNumber).Take(search.Limit).ToListAsync(ct);
        return found.Select(r => new ActSummary(r.ActNumber!, r.Number, r.Title, r.Matter, r.Date, r.SittingId, r.Body, r.Authority, r.PublishedOn, r.SignedOn is not null,
                r.PrefectureReceivedOn))
            .ToList();
    }

    public async Task<ActSummary?> FindAsync(string number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        return (await SearchAsync(new ActSearch(number, null, null, null, null, false), ct)).FirstOrDefault(a => a.Number == number.Trim());
    }
}

/// <summary>The ACTES classification's first level (matières), for the search form.</summary>
public static class Matters
{
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("1", "Commande publique"),
        ("2", "Urbanisme"),
        ("3", "Domaine et patrimoine"),
        ("4", "Fonction publique"),
        ("5", "Institutions et vie politique"),
        ("6", "Libertés publiques et pouvoirs de police"),
        ("7", "Finances locales"),
        ("7.5", "Finances locales – subventions"),
        ("8", "Domaines de compétences par thèmes"),
        ("9", "Autres domaines de compétences"),
    ];
}
