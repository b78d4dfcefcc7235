using System.Globalization;
using System.Text.RegularExpressions;
using Subsidia.Reading.Model;
using Subsidia.Reading.Text;

namespace Subsidia.Reading.Reading;

/// <summary>The grant: beneficiary, amount, the convention's payment article and its deadlines.</summary>
internal static class GrantReader
{
    public static void Read(ReadDocument doc)
    {
        var text = doc.Text;
        var conventionAt = ConventionHeading.Match(text);
        var convention = conventionAt.Success ? text[conventionAt.Index..] : text;
        var grant = new GrantEntry { Beneficiary = ReadBeneficiary(convention) ?? ReadBeneficiary(text) };
        grant.Amount = FirstAmount(convention, Awarded) ?? FirstAmount(text, Awarded) ?? FirstAmount(text, OperationAmount)
            ?? FirstAmount(text, GlobalAmount) ?? FirstAmount(text, UpTo);
        grant.AmountRequested = FirstAmount(text, Requested);
        ReadInstalments(convention, grant);
        ReadDeadlines(convention, grant);
        if (grant.Amount is not null || grant.Beneficiary is not null || grant.Instalments.Count > 0)
        {
            doc.Extract.Grant = grant;
        }
    }

    private static string? ReadBeneficiary(string text)
    {
        var m = SecondParty.Match(text);
        if (!m.Success)
        {
            m = InFavourOf.Match(text);
        }

        if (!m.Success)
        {
            m = AwardedTo.Match(text);
        }

        if (!m.Success)
        {
            m = AwardedToBefore.Match(text);
        }

        if (!m.Success)
        {
            return null;
        }

        var name = FrenchText.CollapseSpaces(m.Groups["b"].Value).Trim();
        if (Quoted.Match(name) is { Success: true } quoted)
        {
            // The name in guillemets is the name as registered: "l'association « Les Amis du Vieux Vernoux »".
            return quoted.Groups["name"].Value.Trim();
        }

        name = Regex.Replace(name, @"^(?:[Ll]e\s|[Ll]a\s|[Ll]'|[Ll]’)\s*", "");
        // "à l'association Les Restos du Cœur": written as a name ("Association Les Restos du Cœur").
        name = Regex.Replace(name, @"^association(?=\s+\p{Lu})", "Association");
        // "… à l'Union sportive beauvoisienne pour l'année 2023": what the grant is for is not the name.
        name = PurposeAfterName.Replace(name, "");
        return name.Length > 2 ? name : null;
    }

    private static decimal? FirstAmount(string text, TieredRegex pattern)
    {
        // The first mention followed by an amount: "la demande de subvention de l'Amicale …" comes before
        // "une subvention de 800 €".
        // An amount there but unreadable ("une subvention de ….. €") stops the search: a later sum is not this grant's.
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {
            var after = text[(m.Index + m.Length)..Math.Min(text.Length, m.Index + m.Length + 40)];
            var amounts = FrenchText.EuroAmounts(after).ToList();
            if (amounts.Count > 0 && amounts[0].Index < 5)
            {
                return amounts[0].Value;
            }

            if (UnreadableAmount.IsMatch(after))
            {
                return null;
            }
        }

        return null;
    }

    private static void AddInstalment(GrantEntry grant, string line)
    {
        var share = Regex.Match(line, @"(\d+(?:[,.]\d+)?)\s*%");
        var amounts = FrenchText.EuroAmounts(line).ToList();
        var folded = FrenchText.Fold(line);
        var instalment = new InstalmentEntry
        {
            Text = line.TrimEnd(',', ';', '.'),
            Share = share.Success ? decimal.Parse(share.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture) / 100m : null,
            Amount = amounts.Count > 0 ? amounts[0].Value : null,
            Optional = Regex.IsMatch(folded, @"le cas echeant|pourra|eventuellement|facultati|si necessaire"),
            Balance = Regex.IsMatch(folded, @"\bsolde\b"),
        };
        instalment.Condition = folded switch
        {
            _ when folded.Contains("signature", StringComparison.Ordinal) => "signature",
            _ when instalment.Balance => "finalReport",
            _ when folded.Contains("intermediaire", StringComparison.Ordinal) || folded.Contains("acompte", StringComparison.Ordinal) => "interimReport",
            _ when folded.Contains("final", StringComparison.Ordinal) => "finalReport",
            _ when folded.Contains("demande", StringComparison.Ordinal) => "request",
            _ => "other",
        };
        grant.Instalments.Add(instalment);
    }

    private static readonly TieredRegex SentenceEnd = new(@"\.(?=\s|$)");

    private static readonly TieredRegex InstalmentSeparator = new(@";|,\s*(?:et|puis)\s+(?=le\s+solde|l'|la\s|le\s|un|une|\d)", RegexOptions.IgnoreCase);

    private static void ReadInstalments(string text, GrantEntry grant)
    {
        var m = PaymentIntro.Match(text);
        if (!m.Success)
        {
            return;
        }

        var started = false;
        foreach (var trimmed in FrenchText.LinesAfter(text, m.Index + m.Length))
        {
            var line = trimmed;
            if (line.Length == 0)
            {
                if (started)
                {
                    break;
                }

                continue;
            }

            if (!Regex.IsMatch(line, @"^[-•*▪o–]\s*"))
            {
                if (started || grant.Instalments.Count > 0)
                {
                    break;
                }

                continue;
            }

            started = true;
            AddInstalment(grant, Regex.Replace(line, @"^[-•*▪o–]\s*", ""));
        }

        // In one sentence: "versée en deux fois : 60 % à la signature de la convention, soit 27 000 €, et le solde,
        // soit 18 000 €, sur présentation du bilan."
        if (grant.Instalments.Count == 0)
        {
            var colon = m.Value.IndexOf(':', StringComparison.Ordinal);
            var sentence = colon < 0 ? "" : SentenceEnd.Split(m.Value[(colon + 1)..])[0];
            var parts = InstalmentSeparator.Split(sentence).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
            if (parts.Count >= 2 && parts.All(p => p.Contains('%', StringComparison.Ordinal) || FrenchText.EuroAmounts(p).Any() || Regex.IsMatch(p, @"\bsolde\b")))
            {
                foreach (var part in parts)
                {
                    AddInstalment(grant, part);
                }
            }
        }

        // "le solde": what the other instalments leave of the grant.
        if (grant.Amount is { } total)
        {
            foreach (var i in grant.Instalments.Where(i => i.Balance))
            {
                var others = grant.Instalments.Where(o => o != i).ToList();
                if (i.Amount is null && others.All(o => o.Amount is not null))
                {
                    i.Amount = total - others.Sum(o => o.Amount!.Value);
                }

                if (i.Share is null && others.All(o => o.Share is not null))
                {
                    i.Share = 1m - others.Sum(o => o.Share!.Value);
                }
            }
        }
    }

    private static void ReadDeadlines(string text, GrantEntry grant)
    {
        foreach (Match m in PaymentDeadline.Matches(text))
        {
            var sentenceEnd = text.IndexOf('.', m.Index + m.Length);
            var sentence = text[m.Index..(sentenceEnd < 0 ? text.Length : sentenceEnd)];
            grant.Deadlines.Add(new DeadlineEntry
            {
                Kind = "paymentRequest",
                Period = Period(m.Groups["n"].Value, m.Groups["unit"].Value),
                From = FrenchText.Fold(m.Groups["from"].Value).Contains("notification", StringComparison.Ordinal) ? "notification" : FrenchText.Fold(m.Groups["from"].Value).Trim(),
                Lapses = Regex.IsMatch(sentence, "caduc", RegexOptions.IgnoreCase),
                Text = Clip(m.Value),
            });
        }

        foreach (Match m in EndDate.Matches(text))
        {
            if (FrenchText.FirstDate(m.Groups["date"].Value) is { } d)
            {
                grant.Deadlines.Add(new DeadlineEntry { Kind = "end", On = FrenchText.Format(d), Text = Clip(m.Value) });
            }
        }

        foreach (Match m in ReportsDate.Matches(text))
        {
            if (FrenchText.FirstDate(m.Groups["date"].Value.Replace("*", "", StringComparison.Ordinal)) is { } d)
            {
                grant.Deadlines.Add(new DeadlineEntry { Kind = "reports", On = FrenchText.Format(d), Text = Clip(m.Value) });
            }
        }

        foreach (Match m in InterimMonth.Matches(text))
        {
            if (FrenchText.Month(m.Groups["month"].Value) is { } month)
            {
                grant.Deadlines.Add(new DeadlineEntry
                {
                    Kind = "interimReview",
                    On = $"{m.Groups["year"].Value}-{month:00}",
                    Text = Clip(m.Value),
                });
            }
        }

        foreach (Match m in Retention.Matches(text))
        {
            grant.Deadlines.Add(new DeadlineEntry { Kind = "retention", Period = Period(m.Groups["n"].Value, m.Groups["unit"].Value), Text = Clip(m.Value) });
        }
    }

    private static string Period(string n, string unit) => FrenchText.Fold(unit) switch
    {
        var u when u.StartsWith("an", StringComparison.Ordinal) => $"P{n}Y",
        var u when u.StartsWith("mois", StringComparison.Ordinal) => $"P{n}M",
        _ => $"P{n}D",
    };

    private static string Clip(string s)
    {
        var t = FrenchText.CollapseSpaces(s).Replace("**", "", StringComparison.Ordinal).Trim();
        return t.Length > 200 ? t[..200] + "…" : t;
    }

    /// <summary>"décide d'attribuer au Comité des fêtes une subvention de 2 000 €".</summary>
    private static readonly TieredRegex AwardedToBefore = new(@"(?:attribuer?|allouer|accorder|octroyer)\s+(?:[àa]|au|aux)\s+(?<b>(?:l'association\s+|l'|la\s+|le\s+)?(?:«[^»\n]{2,120}»|(?-i:\p{Lu})[^,.;\n]{2,100}?))\s+une\s+subvention", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Quoted = new(@"«\s*(?<name>[^»]{2,120}?)\s*»");

    private static readonly TieredRegex ConventionHeading = new(@"(?m)^[ \t]*(?:Convention|CONVENTION)\b");

    private static readonly TieredRegex SecondParty = new(@"(?m)^[ \t]*Et\s*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?<b>[^\n,]{3,200}?),\s*(?:repr[ée]sent[ée]e?|dont\s+le\s+si[èe]ge|sis|situ[ée]e?|domicili)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex InFavourOf = new(@"(?:au\s+profit\s+de|en\s+faveur\s+de|versement\s+[àa])\s+(?<b>(?:l'association|l'|la|le)\s*\p{Lu}[^,.\n]{2,120})");

    /// <summary>The kinds a grant is qualified by between "subvention" and its amount.</summary>
    private const string Kinds = @"(?:(?:de\s+fonctionnement|d'investissement|d'[ée]quipement|exceptionnelle|compl[ée]mentaire|annuelle|forfaitaire|globale|sp[ée]cifique)\s+)*";

    private static readonly TieredRegex Awarded = new(@"(?:attribuer?|allouer|accorder|octroyer)\s+(?:au\s+b[ée]n[ée]ficiaire\s+|[àa]\s+[^,.\n]{1,80}?\s+)?une\s+subvention\s+" + Kinds + @"(?:d'un\s+montant\s+)?(?:de\s+)?", RegexOptions.IgnoreCase);

    /// <summary>"une subvention exceptionnelle de 1 500 € à l'association « Les Amis du Vieux Vernoux »".</summary>
    private static readonly TieredRegex AwardedTo = new(@"subvention\s+" + Kinds + @"(?:d'un\s+montant\s+)?de\s+\d[\d \u00A0\u202F.,]*\s*(?:€|euros?)\s+(?:(?:est|sera)\s+(?:attribu|allou|accord|octroy)\w*\s+)?(?:[àa]\s+(?=l'|la\s|le\s)|au\s+profit\s+de\s+|en\s+faveur\s+de\s+|aux?\s+(?=(?-i:\p{Lu})|«))(?<b>(?:l'association|l'|la|le)?\s*(?:«[^»\n]{2,120}»|(?-i:\p{Lu})[^,.;\n]{2,120}))", RegexOptions.IgnoreCase);

    private static readonly TieredRegex UnreadableAmount = new(@"^\s*[^\s\p{L}][^\p{L}\n]{0,15}(?:€|euros?)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Requested = new(@"demande\s+de\s+(?:financement|subvention)[^.\n]{0,120}?\s(?:porte\s+sur|est\s+de|s'[ée]l[èe]ve\s+[àa])\s+", RegexOptions.IgnoreCase, "demande");

    private static readonly TieredRegex OperationAmount = new(@"Montant\s+de\s+l'op[ée]ration\s*:\s*", RegexOptions.IgnoreCase);

    private static readonly TieredRegex GlobalAmount = new(@"montant\s+global\s+de\s+", RegexOptions.IgnoreCase);

    private static readonly TieredRegex PurposeAfterName = new(@"\s+(?:pour|au\s+titre\s+d|dans\s+le\s+cadre\s+d|afin\s+d|en\s+vue\s+d|en\s+soutien\s+[àa])\b.*$", RegexOptions.IgnoreCase);

    // Not "sollicite une subvention de 90 000 € auprès de l'Agence de l'eau": a grant asked for, not given.
    private static readonly TieredRegex UpTo = new(@"(?<!sollicit\w*\s+(?:une\s+|la\s+|l'|d'une\s+)?)subvention\s+" + Kinds + @"(?:d'un\s+montant\s+)?de\s+", RegexOptions.IgnoreCase);

    private static readonly TieredRegex PaymentIntro = new(@"(?:subvention|participation|aide)\s+sera\s+vers[ée]e\s+(?:de\s+la\s+fa[çc]on\s+suivante|comme\s+suit|selon\s+les\s+modalit[ée]s\s+suivantes|en\s+\w+\s+fois)[^\n]*", RegexOptions.IgnoreCase);

    private static readonly TieredRegex PaymentDeadline = new(@"demande\s+de\s+(?:paiement|versement)(?:\s+du\s+solde)?\s+dans\s+un\s+d[ée]lai\s+de\s+(?<n>\d+)\s+(?<unit>ans?|mois|jours)\s+[àa]\s+compter\s+de\s+(?<from>(?:la\s+date\s+de\s+)?(?:la\s+)?[\p{L}]+)", RegexOptions.IgnoreCase);

    private static readonly TieredRegex EndDate = new(@"(?:cessera|prendra\s+fin|expirera|se\s+terminera)\s+(?:au\s+plus\s+tard\s+)?le\s+(?<date>\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})", RegexOptions.IgnoreCase);

    private static readonly TieredRegex ReportsDate = new(@"(?:fin\s+de\s+programme[^(\n]{0,40}\(\s*(?<date>[*\s]*\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}[*\s]*)\)|(?:compte\s+rendu\s+financier|rapport\s+(?:d'activit[ée]\s+)?final)[^.\n]{0,80}?au\s+plus\s+tard\s+le\s+(?<date>\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}))", RegexOptions.IgnoreCase);

    private static readonly TieredRegex InterimMonth = new(@"(?:sur\s+le\s+mois\s+de|au\s+mois\s+de|en)\s+(?<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?<year>\d{4})[^.\n]{0,80}?bilan\s+interm[ée]diaire", RegexOptions.IgnoreCase);

    private static readonly TieredRegex Retention = new(@"conserver[^.\n]{0,120}?pendant\s+une\s+dur[ée]e\s+de\s+(?<n>\d+)\s+(?<unit>ans?|mois)", RegexOptions.IgnoreCase);
}
