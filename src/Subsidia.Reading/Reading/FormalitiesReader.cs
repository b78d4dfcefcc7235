using System.Text.RegularExpressions;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>
/// The formalities stamped on an act: the prefecture's receipt (the stamp « Préfecture du Doubs – Contrôle de légalité –
/// Reçu le 16 MAI 2012 », the @ctes acknowledgment « Date de réception préfecture : 10/12/2024 », or « Reçu en préfecture le
/// 28 mars 2023 »). Only a date tied to the prefecture or the legality check is taken: a « reçu le » elsewhere in the text
/// is left alone, and « transmis en préfecture le » is the sending, not the receipt.
/// </summary>
internal static class FormalitiesReader
{
    private static readonly TieredRegex Receipt = new(
        @"(?:pr[ée]fecture|contr[ôo]le\s+de\s+l[ée]galit[ée]|accus[ée]\s+de\s+r[ée]ception)[^\n]*(?:\n[^\n]*){0,8}?\b(?:re[çc]ue?\s+le|date\s+de\s+r[ée]ception(?:\s+(?:en\s+)?pr[ée]fecture)?)\s*:?\s*" +
        @"|\bre[çc]ue?\s+(?:en|[àa]\s+la|par\s+la)\s+(?:pr[ée]fecture|sous-pr[ée]fecture)(?:\s+(?:de|du|des|d')\s*[\p{L}\-' ]{2,40}?)?\s+le\s*:?\s*",
        RegexOptions.IgnoreCase, "fecture", "galit", "ception");

    public static void Read(ReadDocument doc)
    {
        var text = doc.Text;
        for (var m = Receipt.Match(text); m.Success; m = m.NextMatch())
        {
            if (FrenchText.LeadingDate(text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 60)]) is { } on)
            {
                doc.Extract.PrefectureReceivedOn = FrenchText.Format(on);
                return;
            }
        }
    }
}
