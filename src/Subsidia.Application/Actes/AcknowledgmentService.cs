using Microsoft.EntityFrameworkCore;
using Subsidia.Data;
using Subsidia.Domain.Common;
using Subsidia.OpenData.Actes;

namespace Subsidia.Application.Actes;

/// <summary>Records a prefecture acknowledgment (@ctes AR): receipt date and act identifier, then the executory date .</summary>
public sealed class AcknowledgmentService(SubsidiaDbContext db)
{
    /// <summary>Returns a French line saying what was recorded; throws <see cref="FormatException"/> for a message that is no AR.</summary>
    public async Task<(bool Recorded, string Message)> RecordAsync(string xml, CancellationToken ct)
    {
        var ack = ActesAcknowledgment.Parse(xml);
        var id = ActesActId.Parse(ack.ActId);
        var sittings = await db.Sittings.Where(s => s.Date == id.DecisionDate).Select(s => s.Id).ToListAsync(ct);
        var items = await db.AgendaItems.Where(i => i.ActNumber != null && sittings.Contains(EF.Property<Guid>(i, "SittingId"))).ToListAsync(ct);
        var item = items.FirstOrDefault(i => ActesIdentifier.NormaliseNumber(i.ActNumber!) == id.Number);
        if (item is null)
        {
            return (false, $"Aucune délibération du {French.Date(id.DecisionDate)} ne correspond au numéro {id.Number} de l'accusé {ack.ActId}.");
        }

        item.RecordPrefectureReceipt(ack.ReceivedOn, ack.ActId);
        var grants = await db.GrantFiles.Where(g => g.Decision != null && g.Decision.AgendaItemId == item.Id).ToListAsync(ct);
        foreach (var grant in grants)
        {
            grant.RecordFormalities(item.PublishedOn ?? grant.Decision!.PublishedOn, ack.ReceivedOn);
        }

        await db.SaveChangesAsync(ct);
        return (true, $"Délibération {item.ActNumber} reçue en préfecture le {French.Date(ack.ReceivedOn)} ({ack.ActId})" +
            (item.ExecutoryOn is { } e ? $", exécutoire depuis le {French.Date(e)}." : " ; elle sera exécutoire une fois publiée."));
    }
}
