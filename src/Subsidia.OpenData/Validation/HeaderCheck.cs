using System.Text;

namespace Subsidia.OpenData.Validation;

/// <summary>Checks the header line against the schema and maps each column to a schema field.</summary>
internal static class HeaderCheck
{
    /// <summary>Returns, for each column, the index of the schema field it holds (-1 for none).</summary>
    public static int[] Map(TableSchema schema, string schemaName, string[] header, ErrorSink sink)
    {
        var fields = schema.Fields;
        var map = Enumerable.Repeat(-1, header.Length).ToArray();
        var firstColumn = new Dictionary<int, int>();
        var unresolved = new List<int>();
        for (var j = 0; j < header.Length; j++)
        {
            var index = schema.IndexOf(header[j]);
            if (index < 0)
            {
                unresolved.Add(j);
                continue;
            }

            if (firstColumn.TryGetValue(index, out var first))
            {
                sink.Add(j + 1, header[j], header[j], "duplicate-label",
                    $"la colonne « {header[j]} » apparaît deux fois (colonnes {first + 1} et {j + 1}) : seule la première est contrôlée");
                continue;
            }

            firstColumn[index] = j;
            map[j] = index;
        }

        foreach (var j in unresolved)
        {
            var label = header[j];
            if (string.IsNullOrWhiteSpace(label))
            {
                sink.Add(j + 1, null, label, "blank-label", $"la colonne {j + 1} n'a pas de nom");
                continue;
            }

            var key = Key(label);
            var index = -1;
            for (var i = 0; i < fields.Count; i++)
            {
                if (!firstColumn.ContainsKey(i) && Key(fields[i].Name) == key)
                {
                    index = i;
                    break;
                }
            }

            if (index >= 0)
            {
                firstColumn[index] = j;
                map[j] = index;
                sink.Add(j + 1, fields[index].Name, label, "incorrect-label",
                    $"la colonne « {label} » est mal nommée : le schéma l'appelle « {fields[index].Name} » (la casse et la ponctuation comptent)");
            }
            else
            {
                sink.Add(j + 1, null, label, "extra-label", $"la colonne « {label} » n'appartient pas au schéma {schemaName}");
            }
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (!firstColumn.ContainsKey(i))
            {
                sink.Add(null, fields[i].Name, null, "missing-label",
                    $"la colonne « {fields[i].Name} »{(fields[i].Constraints.Required ? ", obligatoire," : "")} est absente (le schéma la place en position {i + 1})");
            }
        }

        // Order: the present fields must appear in the schema's order.
        var actual = map.Select((f, j) => (Field: f, Column: j)).Where(x => x.Field >= 0).ToList();
        var expected = actual.Select(x => x.Field).Order().ToList();
        for (var k = 0; k < actual.Count; k++)
        {
            if (actual[k].Field != expected[k])
            {
                var name = fields[actual[k].Field].Name;
                var previous = actual[k].Field > 0 ? fields[actual[k].Field - 1].Name : null;
                sink.Add(actual[k].Column + 1, name, header[actual[k].Column], "label-order",
                    $"la colonne « {name} » est en position {actual[k].Column + 1} ; le schéma la place en position {actual[k].Field + 1}" +
                    (previous is null ? ", en tête" : $", après « {previous} »"));
            }
        }

        return map;
    }

    /// <summary>Comparison key for misnamed columns: no accents, no case, letters and digits only.</summary>
    internal static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
