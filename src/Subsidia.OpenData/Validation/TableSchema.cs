using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Subsidia.OpenData.Validation;

/// <summary>The constraints of a Frictionless Table Schema field.</summary>
public sealed class FieldConstraints
{
    public bool Required { get; init; }
    public bool Unique { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>Raw minimum as written in the schema (a number for numbers, a date for dates).</summary>
    public string? Minimum { get; init; }
    public string? Maximum { get; init; }
    /// <summary>The pattern as written in the schema (matched against the whole value).</summary>
    public string? Pattern { get; init; }
    public Regex? PatternRegex { get; init; }
    public IReadOnlyList<string>? Enum { get; init; }
}

/// <summary>A field of a Table Schema.</summary>
public sealed class SchemaField
{
    public required string Name { get; init; }
    public string? Title { get; init; }
    /// <summary>string, number, integer, boolean, date, datetime, time, year, yearmonth, duration, geopoint, array, object, any.</summary>
    public required string Type { get; init; }
    public string Format { get; init; } = "default";
    public FieldConstraints Constraints { get; init; } = new();
    public IReadOnlyList<string> TrueValues { get; init; } = ["true", "True", "TRUE", "1"];
    public IReadOnlyList<string> FalseValues { get; init; } = ["false", "False", "FALSE", "0"];
    public string DecimalChar { get; init; } = ".";
    public string? GroupChar { get; init; }
    public bool BareNumber { get; init; } = true;
}

/// <summary>A custom check named in the schema's <c>custom_checks</c> (Validata conventions).</summary>
public sealed record CustomCheck(string Name, IReadOnlyDictionary<string, JsonElement> Params)
{
    public string? Text(string key) => Params.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public IReadOnlyList<string> List(string key) =>
        Params.TryGetValue(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}

/// <summary>A Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/) with its custom checks.</summary>
public sealed class TableSchema
{
    /// <summary>The schemas shipped with Subsidia, by the names the CLI uses.</summary>
    public static readonly IReadOnlyList<string> KnownSchemas = ["scdl-subventions", "scdl-deliberations"];

    public required string Name { get; init; }
    public string? Title { get; init; }
    public string? Version { get; init; }
    public required IReadOnlyList<SchemaField> Fields { get; init; }
    public IReadOnlyList<string> MissingValues { get; init; } = [""];
    public IReadOnlyList<CustomCheck> CustomChecks { get; init; } = [];

    /// <summary>Loads one of <see cref="KnownSchemas"/> from the embedded copies of the official schema files.</summary>
    public static TableSchema Embedded(string name)
    {
        if (!KnownSchemas.Contains(name))
        {
            throw new ArgumentException($"Schéma inconnu « {name} » : choisir {string.Join(" ou ", KnownSchemas)}.", nameof(name));
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Subsidia.OpenData.Schemas.{name}.json")
            ?? throw new InvalidOperationException($"Le schéma {name} n'est pas embarqué.");
        return Load(stream);
    }

    public static TableSchema Load(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        return FromJson(doc.RootElement);
    }

    public static TableSchema Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return FromJson(doc.RootElement);
    }

    private static TableSchema FromJson(JsonElement root)
    {
        var fields = new List<SchemaField>();
        foreach (var f in root.GetProperty("fields").EnumerateArray())
        {
            var type = Str(f, "type") ?? "string";
            var c = f.TryGetProperty("constraints", out var cs) ? cs : default;
            var pattern = c.ValueKind == JsonValueKind.Object ? Str(c, "pattern") : null;
            var constraints = new FieldConstraints
            {
                Required = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
                Unique = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("unique", out var u) && u.ValueKind == JsonValueKind.True,
                MinLength = Int(c, "minLength"),
                MaxLength = Int(c, "maxLength"),
                Minimum = Raw(c, "minimum"),
                Maximum = Raw(c, "maximum"),
                Pattern = pattern,
                PatternRegex = pattern is null ? null
                    : new Regex($"^(?:{pattern})$", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
                Enum = c.ValueKind == JsonValueKind.Object && c.TryGetProperty("enum", out var e) && e.ValueKind == JsonValueKind.Array
                    ? [.. e.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText())]
                    : null,
            };
            fields.Add(new SchemaField
            {
                Name = Str(f, "name") ?? throw new InvalidDataException("Un champ du schéma n'a pas de nom."),
                Title = Str(f, "title"),
                Type = type,
                Format = Str(f, "format") ?? "default",
                Constraints = constraints,
                TrueValues = Strings(f, "trueValues") ?? ["true", "True", "TRUE", "1"],
                FalseValues = Strings(f, "falseValues") ?? ["false", "False", "FALSE", "0"],
                DecimalChar = Str(f, "decimalChar") ?? ".",
                GroupChar = Str(f, "groupChar"),
                BareNumber = !(f.TryGetProperty("bareNumber", out var bn) && bn.ValueKind == JsonValueKind.False),
            });
        }

        var checks = new List<CustomCheck>();
        if (root.TryGetProperty("custom_checks", out var cc) && cc.ValueKind == JsonValueKind.Array)
        {
            foreach (var check in cc.EnumerateArray())
            {
                var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                if (check.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object)
                {
                    foreach (var prop in p.EnumerateObject())
                    {
                        parameters[prop.Name] = prop.Value.Clone();
                    }
                }

                checks.Add(new CustomCheck(Str(check, "name") ?? "", parameters));
            }
        }

        return new TableSchema
        {
            Name = Str(root, "name") ?? "schema",
            Title = Str(root, "title"),
            Version = Str(root, "version"),
            Fields = fields,
            MissingValues = Strings(root, "missingValues") ?? [""],
            CustomChecks = checks,
        };
    }

    public SchemaField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public int IndexOf(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static string? Raw(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()
            : null;

    private static string[]? Strings(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(x => x.GetString() ?? "")]
            : null;

    internal static decimal? ParseDecimal(string? text) =>
        text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
