using Subsidia.Domain.Identifiers;
using Subsidia.OpenData.Text;

namespace Subsidia.OpenData.Import;

/// <summary>What a CSV file holds, judged from its header.</summary>
public enum ScdlFileKind
{
    /// <summary>Not an SCDL file Subsidia knows.</summary>
    None,
    /// <summary>SCDL subventions 2.x (nomAttribuant, nomBeneficiaire, montant…), the Etalab regulatory format included.</summary>
    SubventionsV2,
    /// <summary>The old SCDL subventions 1.x columns (COLL_NOM, ATTRIB_NOM, SUB_MONTANT…).</summary>
    SubventionsV1,
    /// <summary>SCDL délibérations (COLL_NOM, DELIB_ID, DELIB_OBJET…).</summary>
    Deliberations,
}

/// <summary>A problem found while importing: which file, row (header = row 1), column and value, and why.</summary>
public sealed record ImportIssue(string File, long Row, string? Column, string? Value, string Reason);

/// <summary>
/// One grant read from a published SCDL subventions file, normalised. Identifiers that fail their checks are
/// null (the issue says why), never repaired. <see cref="Share"/> is a fraction (0–1].
/// </summary>
public sealed record ImportedGrant
{
    public required string File { get; init; }
    public required long Row { get; init; }
    public required string AttributorName { get; init; }
    public string? AttributorSiret { get; init; }
    /// <summary>Null when the file does not name the beneficiary (reported as an issue).</summary>
    public string? BeneficiaryName { get; init; }
    public string? BeneficiarySiret { get; init; }
    public string? BeneficiaryRna { get; init; }
    public string? Purpose { get; init; }
    public required decimal Amount { get; init; }
    public DateOnly? ConventionDate { get; init; }
    /// <summary>The deciding act's date when the file gives it (old format ACTE_DATE).</summary>
    public DateOnly? DecisionDate { get; init; }
    public string? DecisionReference { get; init; }
    /// <summary>"aide en numéraire", "aide en nature", or both joined by ";".</summary>
    public string? Nature { get; init; }
    public PaymentTerms Conditions { get; init; } = PaymentTerms.Unknown;
    public DateOnly? PaymentFrom { get; init; }
    public DateOnly? PaymentTo { get; init; }
    public string? RaeId { get; init; }
    public bool? EuNotified { get; init; }
    public decimal? Share { get; init; }
    public string? AidScheme { get; init; }
    /// <summary>Budget year (old format ANNEE).</summary>
    public int? Year { get; init; }

    /// <summary>
    /// A name-based id of the grant's content (attributor, beneficiary, decision, date, amount, object), so that
    /// importing the same file twice finds the same grants. Identical rows share it.
    /// </summary>
    public Guid StableKey => Domain.Common.StableId.For(
        "scdl-grant",
        AttributorSiret ?? AttributorName,
        BeneficiarySiret ?? BeneficiaryRna ?? BeneficiaryName ?? "",
        DecisionReference ?? "",
        (ConventionDate ?? DecisionDate)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
        Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        Purpose ?? "");
}

/// <summary>The outcome of importing one file.</summary>
public sealed class ImportResult
{
    public required string File { get; init; }
    public required ScdlFileKind Kind { get; init; }
    public TextProfile? Text { get; init; }
    public List<ImportedGrant> Grants { get; } = [];
    public List<ImportIssue> Issues { get; } = [];
    /// <summary>Data rows read (blank lines excluded).</summary>
    public long RowsRead { get; internal set; }
    public long RowsRejected { get; internal set; }
    /// <summary>Sum of the imported (not rejected) amounts.</summary>
    public decimal Total => Grants.Sum(g => g.Amount);
}

/// <summary>
/// Imports published SCDL subventions files (2.x, the Etalab variant and the old 1.x columns), tolerant of real
/// damage: mixed encodings, ; or , delimiters, French decimal commas and spaces in amounts, YYYY/MM/DD or
/// DD/MM/YYYY dates, "_" period separators, free-text payment conditions. SIRETs turned into decimals or scientific
/// notation by a spreadsheet are reported as unrecoverable and left null. A row is rejected only when it has no
/// readable amount; every other problem is an issue on an imported row.
/// </summary>
public static class ScdlSubsidyImporter
{
    private static readonly Dictionary<string, string> V1Columns = new(StringComparer.Ordinal)
    {
        ["annee"] = "year",
        ["collnom"] = "nomAttribuant",
        ["collsiret"] = "idAttribuant",
        ["actedate"] = "decisionDate",
        ["acteref"] = "referenceDecision",
        ["attribnom"] = "nomBeneficiaire",
        ["attribsiret"] = "idBeneficiaire",
        ["attribrna"] = "rnaBeneficiaire",
        ["subobj"] = "objet",
        ["submontant"] = "montant",
        ["subnature"] = "nature",
        ["subversement"] = "conditionsVersement",
        ["subdatesversement"] = "datesPeriodeVersement",
        ["subpourcentage"] = "pourcentageSubvention",
        ["subdate"] = "dateConvention",
    };

    private static readonly string[] V2Names =
    [
        "nomAttribuant", "idAttribuant", "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire",
        "rnaBeneficiaire", "objet", "montant", "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE",
        "notificationUE", "pourcentageSubvention", "dispositifAide",
    ];

    /// <summary>Judges a header: SCDL subventions 2.x or 1.x, SCDL délibérations, or none.</summary>
    public static ScdlFileKind Detect(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var keys = header.Select(Key).ToHashSet(StringComparer.Ordinal);
        if (keys.Contains("nombeneficiaire") && keys.Contains("montant") && (keys.Contains("nomattribuant") || keys.Contains("idattribuant")))
        {
            return ScdlFileKind.SubventionsV2;
        }

        if (keys.Contains("attribnom") && keys.Contains("submontant"))
        {
            return ScdlFileKind.SubventionsV1;
        }

        if (keys.Contains("delibid") && keys.Contains("delibobjet"))
        {
            return ScdlFileKind.Deliberations;
        }

        return ScdlFileKind.None;
    }

    /// <summary>Content detection: reads the header of <paramref name="path"/> (whatever its extension).</summary>
    public static ScdlFileKind Detect(string path)
    {
        try
        {
            using var reader = CsvReader.Open(path);
            return reader.Read() ? Detect(reader.GetRecord()) : ScdlFileKind.None;
        }
        catch (InvalidDataException)
        {
            return ScdlFileKind.None;
        }
    }

    /// <summary>True when the file is an SCDL subventions CSV (2.x or 1.x) this importer reads.</summary>
    public static bool IsScdlSubventions(string path) => Detect(path) is ScdlFileKind.SubventionsV2 or ScdlFileKind.SubventionsV1;

    public static ImportResult Import(string path)
    {
        using var reader = CsvReader.Open(path);
        return Import(reader, Path.GetFileName(path));
    }

    public static ImportResult Import(Stream stream, string fileName)
    {
        using var reader = new CsvReader(stream, leaveOpen: true);
        return Import(reader, fileName);
    }

    /// <exception cref="InvalidDataException">The content is not text, or is not an SCDL subventions file.</exception>
    public static ImportResult Import(CsvReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!reader.Read())
        {
            throw new InvalidDataException($"{fileName} est vide");
        }

        var header = reader.GetRecord();
        var kind = Detect(header);
        if (kind is not (ScdlFileKind.SubventionsV2 or ScdlFileKind.SubventionsV1))
        {
            throw new InvalidDataException($"{fileName} n'est pas un fichier SCDL subventions (en-tête non reconnu)");
        }

        // Logical column name → (index, header as written).
        var columns = new Dictionary<string, (int Index, string Label)>(StringComparer.Ordinal);
        for (var j = 0; j < header.Length; j++)
        {
            var key = Key(header[j]);
            string? logical = kind == ScdlFileKind.SubventionsV1
                ? V1Columns.GetValueOrDefault(key) ?? (key.StartsWith("notification", StringComparison.Ordinal) ? "notificationUE" : null)
                : V2Names.FirstOrDefault(n => Key(n) == key);
            if (logical is not null && !columns.ContainsKey(logical))
            {
                columns[logical] = (j, header[j]);
            }
        }

        var result = new ImportResult { File = fileName, Kind = kind, Text = reader.Profile };
        if (kind == ScdlFileKind.SubventionsV1)
        {
            result.Issues.Add(new ImportIssue(fileName, 1, null, null,
                "ancien format SCDL subventions (colonnes 1.x) : les colonnes sont reprises selon la correspondance avec la version 2.1.1"));
        }

        while (reader.Read())
        {
            if (reader.IsBlank)
            {
                continue;
            }

            result.RowsRead++;
            var row = new RowReader(reader, columns, fileName, result.Issues);
            var grant = ReadRow(row, reader.RecordNumber, fileName, kind);
            if (grant is null)
            {
                result.RowsRejected++;
            }
            else
            {
                result.Grants.Add(grant);
            }
        }

        if (reader.Profile.Windows1252Records > 0)
        {
            result.Issues.Add(new ImportIssue(fileName, 1, null, null,
                $"encodage : {reader.Profile.EncodingName} ({reader.Profile.Windows1252Records} ligne(s) lue(s) en Windows-1252)"));
        }

        return result;
    }

    private static ImportedGrant? ReadRow(RowReader row, long number, string file, ScdlFileKind kind)
    {
        var beneficiary = row.Text("nomBeneficiaire");
        var amountText = row.Text("montant");
        var rejected = false;
        if (!FrenchValues.TryParseAmount(amountText, out var amount, out var amountReason))
        {
            row.Issue("montant", amountText, $"ligne rejetée : {amountReason}");
            rejected = true;
        }
        else if (amount < 0)
        {
            row.Issue("montant", amountText, "ligne rejetée : montant négatif");
            rejected = true;
        }

        if (rejected)
        {
            return null;
        }

        if (beneficiary is null)
        {
            row.Issue("nomBeneficiaire", null, "nom du bénéficiaire absent : la subvention est reprise sans bénéficiaire nommé");
        }

        var attributor = row.Text("nomAttribuant");
        if (attributor is null)
        {
            row.Issue("nomAttribuant", null, "nom de l'attribuant absent");
        }

        var attributorSiret = row.Siret("idAttribuant", required: true);
        var beneficiarySiret = row.Siret("idBeneficiaire", required: false);
        var rnaText = row.Text("rnaBeneficiaire");
        string? rna = null;
        if (rnaText is not null)
        {
            if (Rna.IsValid(rnaText))
            {
                rna = rnaText.ToUpperInvariant();
            }
            else
            {
                row.Issue("rnaBeneficiaire", rnaText, "numéro RNA invalide (W suivi de 9 chiffres attendu) : non repris");
            }
        }

        if (beneficiarySiret is null && rna is null && row.Text("idBeneficiaire") is null)
        {
            row.Issue(row.Has("idBeneficiaire") ? "idBeneficiaire" : "nomBeneficiaire", null,
                "bénéficiaire sans identifiant : ni SIRET ni RNA");
        }

        var conventionDate = row.Date("dateConvention");
        var decisionDate = row.Date("decisionDate");
        if (conventionDate is null && decisionDate is null && kind == ScdlFileKind.SubventionsV2 && row.Text("dateConvention") is null)
        {
            row.Issue("dateConvention", null, "date de la convention absente");
        }

        var conditionsText = row.Text("conditionsVersement");
        var conditions = PaymentTermsParser.Parse(conditionsText);
        if (conditions.Kind is PaymentKind.Other or PaymentKind.Instalments && !conditions.SharesKnown && conditionsText is not null
            && conditionsText != "échelonné" && FrenchValues.Fold(conditionsText) is not ("echelonne" or "echelonnee"))
        {
            row.Issue("conditionsVersement", Shorten(conditionsText),
                "conditions de versement en texte libre : l'échéancier n'a pas pu être déduit, le texte est conservé");
        }

        DateOnly? paymentFrom = null;
        DateOnly? paymentTo = null;
        var periodText = row.Text("datesPeriodeVersement");
        if (periodText is not null)
        {
            if (FrenchValues.TryParsePeriod(periodText, out var from, out var to))
            {
                paymentFrom = from;
                paymentTo = to;
                if (to is { } end && end < from)
                {
                    row.Issue("datesPeriodeVersement", periodText, "la période de versement finit avant de commencer");
                }
            }
            else
            {
                row.Issue("datesPeriodeVersement", periodText, "date ou période de versement illisible : non reprise");
            }
        }

        return new ImportedGrant
        {
            File = file,
            Row = number,
            AttributorName = attributor ?? "",
            AttributorSiret = attributorSiret,
            BeneficiaryName = beneficiary,
            BeneficiarySiret = beneficiarySiret,
            BeneficiaryRna = rna,
            Purpose = row.Text("objet"),
            Amount = amount,
            ConventionDate = conventionDate,
            DecisionDate = decisionDate,
            DecisionReference = row.Text("referenceDecision"),
            Nature = Nature(row),
            Conditions = conditions,
            PaymentFrom = paymentFrom,
            PaymentTo = paymentTo,
            RaeId = row.Text("idRAE"),
            EuNotified = Boolean(row),
            Share = Share(row),
            AidScheme = row.Text("dispositifAide"),
            Year = row.Text("year") is { } y && int.TryParse(y, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null,
        };
    }

    private static string? Nature(RowReader row)
    {
        var text = row.Text("nature");
        if (text is null)
        {
            return null;
        }

        if (text is "aide en numéraire" or "aide en nature" or "aide en numéraire;aide en nature")
        {
            return text;
        }

        var folded = FrenchValues.Fold(text);
        var cash = folded.Contains("numeraire", StringComparison.Ordinal);
        var inKind = folded.Contains("en nature", StringComparison.Ordinal);
        if (cash && inKind)
        {
            return "aide en numéraire;aide en nature";
        }

        if (cash)
        {
            return "aide en numéraire";
        }

        if (inKind)
        {
            return "aide en nature";
        }

        row.Issue("nature", text, "nature de l'aide non reconnue (aide en numéraire / aide en nature) : non reprise");
        return null;
    }

    private static bool? Boolean(RowReader row)
    {
        var text = row.Text("notificationUE");
        if (text is null)
        {
            return null;
        }

        switch (text is "oui" or "non" ? text : FrenchValues.Fold(text))
        {
            case "oui" or "o" or "true" or "1" or "yes":
                return true;
            case "non" or "n" or "false" or "0" or "no":
                return false;
            default:
                row.Issue("notificationUE", text, "notificationUE n'est ni « oui » ni « non » : non reprise");
                return null;
        }
    }

    private static decimal? Share(RowReader row)
    {
        var text = row.Text("pourcentageSubvention");
        if (text is null)
        {
            return null;
        }

        if (!FrenchValues.TryParseAmount(text.Replace("%", "", StringComparison.Ordinal), out var value, out _) || value <= 0)
        {
            row.Issue("pourcentageSubvention", text, "pourcentage illisible : non repris");
            return null;
        }

        if (value <= 1 && !text.Contains('%', StringComparison.Ordinal))
        {
            return value;
        }

        if (value <= 100)
        {
            return value / 100m;
        }

        row.Issue("pourcentageSubvention", text, "pourcentage supérieur à 100 : non repris");
        return null;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117), "…");

    internal static string Key(string name) => Validation.HeaderCheck.Key(name);

    /// <summary>Reads the cells of one row by logical column name and records issues against it.</summary>
    private sealed class RowReader(CsvReader reader, Dictionary<string, (int Index, string Label)> columns, string file, List<ImportIssue> issues)
    {
        private readonly long _row = reader.RecordNumber;

        public bool Has(string column) => columns.ContainsKey(column);

        public string? Text(string column)
        {
            if (!columns.TryGetValue(column, out var c) || c.Index >= reader.FieldCount)
            {
                return null;
            }

            var value = reader[c.Index].Trim();
            return value.IsEmpty ? null : value.ToString();
        }

        public void Issue(string column, string? value, string reason) =>
            issues.Add(new ImportIssue(file, _row, columns.TryGetValue(column, out var c) ? c.Label : column, value, reason));

        public DateOnly? Date(string column)
        {
            var text = Text(column);
            if (text is null)
            {
                return null;
            }

            if (FrenchValues.TryParseDate(text, out var date))
            {
                return date;
            }

            Issue(column, text, "date illisible : non reprise");
            return null;
        }

        /// <summary>A SIRET, or null with an issue: spreadsheet damage is unrecoverable and never repaired.</summary>
        public string? Siret(string column, bool required)
        {
            var text = Text(column);
            if (text is null)
            {
                if (required && Has(column))
                {
                    Issue(column, null, "SIRET absent");
                }

                return null;
            }

            if (Domain.Identifiers.Siret.TryParse(text, out var siret, out var error))
            {
                return siret.Value;
            }

            var damaged = text.Contains('E', StringComparison.OrdinalIgnoreCase) || text.Contains(',', StringComparison.Ordinal) || text.Contains('.', StringComparison.Ordinal);
            Issue(column, text, damaged
                ? $"SIRET irrécupérable : {error} ; laissé vide"
                : $"SIRET rejeté : {error} ; laissé vide");
            return null;
        }
    }
}
