using System.Globalization;
using System.Text.Json;
using Subsidia.Domain.Identifiers;
using Subsidia.OpenData.Actes;

namespace Subsidia.OpenData.Validation;

/// <summary>Builds the row checks named in a schema's <c>custom_checks</c> (Validata's catalogue).</summary>
internal static class RowChecks
{
    public static List<IRowCheck> Build(TableSchema schema, IEnumerable<CustomCheck> definitions, List<string>? notes)
    {
        var checks = new List<IRowCheck>();
        foreach (var d in definitions)
        {
            IRowCheck? check = d.Name switch
            {
                "french-siret-value" => Field(schema, d.Text("column")) is { } f ? new SiretCheck(f, d.Text("column")!) : null,
                "one-of-required" => Field(schema, d.Text("column1")) is { } a && Field(schema, d.Text("column2")) is { } b
                    ? new OneOfRequiredCheck(a, b, d.Text("column1")!, d.Text("column2")!) : null,
                "year-interval-value" => Field(schema, d.Text("column")) is { } y
                    ? new YearIntervalCheck(y, d.Text("column")!, d.Text("allow-year-only") is "yes" or "true") : null,
                "cohesive-columns-value" => Field(schema, d.Text("column")) is { } c
                    ? new CohesiveCheck([c, .. d.List("othercolumns").Select(n => Field(schema, n) ?? -1).Where(i => i >= 0)], schema) : null,
                "compare-columns-value" => Field(schema, d.Text("column")) is { } l && Field(schema, d.Text("column2")) is { } r && d.Text("op") is { } op
                    ? new CompareCheck(l, r, op, schema) : null,
                "sum-columns-value" => Field(schema, d.Text("column")) is { } t
                    ? new SumCheck(t, [.. d.List("columns").Select(n => Field(schema, n) ?? -1).Where(i => i >= 0)], schema) : null,
                "nomenclature-actes-value" => Field(schema, d.Text("column")) is { } n
                    ? new NomenclatureCheck(n, Field(schema, "DELIB_MATIERE_CODE"), schema) : null,
                "single-choice" => Field(schema, d.Text("column")) is { } s
                    ? new SingleChoiceCheck(s, schema.Fields[s].Name, d.List("choices")) : null,
                _ => null,
            };
            if (check is null)
            {
                notes?.Add($"contrôle personnalisé « {d.Name} » non appliqué (inconnu ou colonne absente du schéma)");
            }
            else
            {
                checks.Add(check);
            }
        }

        return checks;
    }

    private static int? Field(TableSchema schema, string? name) => name is null ? null : schema.IndexOf(name) is var i and >= 0 ? i : null;

    internal static bool TryNumber(ReadOnlySpan<char> value, out decimal number) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    internal static bool TryDate(ReadOnlySpan<char> value, out DateOnly date) => CellCheck.TryIsoDate(value, out date);
}

/// <summary>french-siret-value: 14 digits whose Luhn key holds (La Poste's exception included).</summary>
internal sealed class SiretCheck(int field, string name) : IRowCheck
{
    public void Check(RowContext row, ErrorSink sink)
    {
        if (!row.Present(field) || row.IsEmpty(field))
        {
            return;
        }

        var value = row.Value(field);
        if (value.Length == 14 && !value.ContainsAnyExceptInRange('0', '9'))
        {
            if (Siret.ChecksumHolds(value.ToString()))
            {
                return;
            }
        }

        var text = value.ToString();
        string message;
        if (!Siret.TryParse(text, out _, out var error))
        {
            message = error!;
        }
        else
        {
            message = $"« {text} » : le SIRET s'écrit en 14 chiffres d'un seul tenant, sans espace";
        }

        sink.Add(row.ColumnOf(field) + 1, name, text, "french-siret-value", message);
    }
}

/// <summary>one-of-required: at least one of two columns is filled (idBeneficiaire or rnaBeneficiaire).</summary>
internal sealed class OneOfRequiredCheck(int first, int second, string firstName, string secondName) : IRowCheck
{
    public void Check(RowContext row, ErrorSink sink)
    {
        var hasFirst = row.Present(first) && !row.IsEmpty(first);
        var hasSecond = row.Present(second) && !row.IsEmpty(second);
        if (hasFirst || hasSecond || (!row.Present(first) && !row.Present(second)))
        {
            return;
        }

        var column = row.Present(first) ? row.ColumnOf(first) : row.ColumnOf(second);
        sink.Add(column + 1, firstName, "", "one-of-required",
            $"ni « {firstName} » ni « {secondName} » n'est renseigné : l'un des deux est obligatoire");
    }
}

/// <summary>year-interval-value: "AAAA" (when allowed) or "AAAA/AAAA" with the second year after the first.</summary>
internal sealed class YearIntervalCheck(int field, string name, bool allowYearOnly) : IRowCheck
{
    public void Check(RowContext row, ErrorSink sink)
    {
        if (!row.Present(field) || row.IsEmpty(field))
        {
            return;
        }

        var value = row.Value(field);
        var slash = value.IndexOf('/');
        string? error = null;
        if (slash < 0)
        {
            if (!allowYearOnly)
            {
                error = "un intervalle AAAA/AAAA est attendu";
            }
            else if (!IsYear(value))
            {
                error = "une année AAAA ou un intervalle AAAA/AAAA est attendu";
            }
        }
        else if (!IsYear(value[..slash]) || !IsYear(value[(slash + 1)..]))
        {
            error = "un intervalle AAAA/AAAA est attendu";
        }
        else if (int.Parse(value[(slash + 1)..], CultureInfo.InvariantCulture) <= int.Parse(value[..slash], CultureInfo.InvariantCulture))
        {
            error = "la seconde année de l'intervalle doit suivre la première";
        }

        if (error is not null)
        {
            sink.Add(row.ColumnOf(field) + 1, name, value.ToString(), "year-interval-value", $"« {value} » : {error}");
        }
    }

    private static bool IsYear(ReadOnlySpan<char> s) => s.Length == 4 && !s.ContainsAnyExceptInRange('0', '9');
}

/// <summary>cohesive-columns-value: the columns are all filled or all empty (BUDGET_*, VOTE_*).</summary>
internal sealed class CohesiveCheck(int[] fields, TableSchema schema) : IRowCheck
{
    public void Check(RowContext row, ErrorSink sink)
    {
        var present = fields.Where(row.Present).ToArray();
        var filled = present.Count(f => !row.IsEmpty(f));
        if (filled == 0 || filled == present.Length)
        {
            return;
        }

        var empty = present.Where(row.IsEmpty).Select(f => schema.Fields[f].Name).ToList();
        var first = present.First(row.IsEmpty);
        sink.Add(row.ColumnOf(first) + 1, schema.Fields[first].Name, "", "cohesive-columns-value",
            $"les colonnes {string.Join(", ", fields.Select(f => schema.Fields[f].Name))} se renseignent toutes ou aucune : {string.Join(", ", empty)} vide(s)");
    }
}

/// <summary>compare-columns-value: column op column2, on numbers or ISO dates, when both are filled and well typed.</summary>
internal sealed class CompareCheck(int left, int right, string op, TableSchema schema) : IRowCheck
{
    public void Check(RowContext row, ErrorSink sink)
    {
        if (!row.Present(left) || !row.Present(right) || row.IsEmpty(left) || row.IsEmpty(right) || !row.TypeOk(left) || !row.TypeOk(right))
        {
            return;
        }

        var a = row.Value(left);
        var b = row.Value(right);
        int comparison;
        if (RowChecks.TryNumber(a, out var x) && RowChecks.TryNumber(b, out var y))
        {
            comparison = x.CompareTo(y);
        }
        else if (RowChecks.TryDate(a, out var d1) && RowChecks.TryDate(b, out var d2))
        {
            comparison = d1.CompareTo(d2);
        }
        else
        {
            return;
        }

        var holds = op switch
        {
            ">" => comparison > 0,
            ">=" => comparison >= 0,
            "<" => comparison < 0,
            "<=" => comparison <= 0,
            "==" => comparison == 0,
            "!=" => comparison != 0,
            _ => true,
        };
        if (!holds)
        {
            var l = schema.Fields[left].Name;
            var r = schema.Fields[right].Name;
            sink.Add(row.ColumnOf(left) + 1, l, a.ToString(), "compare-columns-value",
                $"{l} ({a}) devrait être {Words(op)} {r} ({b})");
        }
    }

    private static string Words(string op) => op switch
    {
        ">" => "supérieur à",
        ">=" => "supérieur ou égal à",
        "<" => "inférieur à",
        "<=" => "inférieur ou égal à",
        "==" => "égal à",
        _ => "différent de",
    };
}

/// <summary>sum-columns-value: column = the sum of columns (VOTE_REEL = POUR + CONTRE + ABSTENTION).</summary>
internal sealed class SumCheck(int total, int[] parts, TableSchema schema) : IRowCheck
{
    public void Check(RowContext row, ErrorSink sink)
    {
        if (!row.Present(total) || row.IsEmpty(total) || !RowChecks.TryNumber(row.Value(total), out var expected))
        {
            return;
        }

        decimal sum = 0;
        foreach (var p in parts)
        {
            if (!row.Present(p) || row.IsEmpty(p) || !RowChecks.TryNumber(row.Value(p), out var v))
            {
                return;
            }

            sum += v;
        }

        if (sum != expected)
        {
            var name = schema.Fields[total].Name;
            sink.Add(row.ColumnOf(total) + 1, name, row.Value(total).ToString(), "sum-columns-value",
                $"{name} vaut {expected.ToString(CultureInfo.InvariantCulture)} mais {string.Join(" + ", parts.Select(p => schema.Fields[p].Name))} = {sum.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}

/// <summary>
/// nomenclature-actes-value: DELIB_MATIERE_NOM is "niveau 1/niveau 2" whose level-1 label is an ACTES matière
/// (no space around the slash), consistent with DELIB_MATIERE_CODE, whose level 2 must exist (7.1 to 7.10…).
/// </summary>
internal sealed class NomenclatureCheck(int field, int? codeField, TableSchema schema) : IRowCheck
{
    public void Check(RowContext row, ErrorSink sink)
    {
        var name = schema.Fields[field].Name;
        var codeOk = true;
        int level1 = 0, level2 = 0;
        if (codeField is { } cf && row.Present(cf) && !row.IsEmpty(cf))
        {
            var code = row.Value(cf).ToString();
            codeOk = ActesNomenclature.TryParseCode(code, out level1, out level2) && code.Split('.').Length == 2;
            if (!codeOk)
            {
                sink.Add(row.ColumnOf(cf) + 1, schema.Fields[cf].Name, code, "nomenclature-actes-value",
                    $"« {code} » n'est pas un code de matière ACTES de niveau 2 (1.1 à 1.7, 2.1 à 2.3, 3.1 à 3.6, 4.1 à 4.5, 5.1 à 5.8, 6.1 à 6.5, 7.1 à 7.10, 8.1 à 8.9, 9.1 à 9.4)");
            }
        }

        if (!row.Present(field) || row.IsEmpty(field))
        {
            return;
        }

        var value = row.Value(field).ToString();
        var column = row.ColumnOf(field) + 1;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            sink.Add(column, name, value, "nomenclature-actes-value", $"« {value} » : la barre oblique « / » séparant les niveaux 1 et 2 de la nomenclature ACTES est absente");
            return;
        }

        var prefix = value[..slash];
        var suffix = value[(slash + 1)..];
        var prefixLevel = ActesNomenclature.Level1Of(prefix);
        if (prefixLevel is null)
        {
            sink.Add(column, name, value, "nomenclature-actes-value", $"« {prefix} » n'est pas une matière de niveau 1 de la nomenclature ACTES");
            return;
        }

        if (prefix != prefix.Trim() || suffix != suffix.TrimStart())
        {
            sink.Add(column, name, value, "nomenclature-actes-value", $"« {value} » : pas d'espace autour de la barre oblique");
        }

        if (codeOk && level1 != 0 && prefixLevel != level1)
        {
            sink.Add(column, name, value, "nomenclature-actes-value",
                $"la matière « {prefix.Trim()} » (niveau 1 = {prefixLevel}) ne correspond pas au code {level1}.{level2}");
        }
        else if (codeOk && level1 != 0 && ActesNomenclature.Level2Of(suffix) is { } known && known != (level1, level2))
        {
            sink.Add(column, name, value, "nomenclature-actes-value",
                $"la sous-matière « {suffix.Trim()} » correspond au code {known.Level1}.{known.Level2}, pas à {level1}.{level2}");
        }
    }
}

/// <summary>
/// single-choice (a Subsidia addition, see <see cref="SchemaExtras"/>): the schema describes conditionsVersement as a
/// single choice among 'unique', 'échelonné' or a free description; a list of several choices such as
/// "unique;échelonné" is rejected.
/// </summary>
internal sealed class SingleChoiceCheck(int field, string name, IReadOnlyList<string> choices) : IRowCheck
{
    private static readonly char[] Separators = [';', ',', '|', '/'];
    private readonly HashSet<string> _keys = [.. choices.Select(ActesNomenclature.Key)];

    public void Check(RowContext row, ErrorSink sink)
    {
        if (!row.Present(field) || row.IsEmpty(field))
        {
            return;
        }

        var value = row.Value(field);
        if (value.IndexOfAny(Separators) < 0)
        {
            return;
        }

        var parts = value.ToString().Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts.All(p => _keys.Contains(ActesNomenclature.Key(p))))
        {
            sink.Add(row.ColumnOf(field) + 1, name, value.ToString(), "single-choice",
                $"« {value} » combine plusieurs choix : une seule valeur parmi {string.Join(", ", choices.Select(c => $"« {c} »"))} (ou une description libre) est admise");
        }
    }
}

/// <summary>Checks Subsidia adds to the published schemas, stated here so the schema files stay byte-for-byte copies.</summary>
public static class SchemaExtras
{
    public static IReadOnlyList<CustomCheck> For(string schemaName) => schemaName switch
    {
        "scdl-subventions" => [Check("single-choice", """{"column":"conditionsVersement","choices":["unique","échelonné"]}""")],
        _ => [],
    };

    private static CustomCheck Check(string name, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return new CustomCheck(name, doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal));
    }
}
