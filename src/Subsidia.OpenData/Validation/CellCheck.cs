using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Subsidia.OpenData.Validation;

/// <summary>The type, format and constraint checks of one schema field, prepared once for fast per-cell use.</summary>
internal sealed partial class CellCheck
{
    private static readonly string[] AnyDateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "yyyy/MM/dd", "dd-MM-yyyy", "d/M/yyyy", "yyyyMMdd"];
    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ss"];

    private readonly SchemaField _field;
    private readonly string _type;
    private readonly Kind _kind;
    private readonly bool _stringFormat;
    private readonly bool _anyDate;
    private readonly bool _defaultMissing;
    private readonly HashSet<string> _missing;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _enumLookup;
    private readonly HashSet<string>? _enum;
    private readonly decimal[]? _numericEnum;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _trueLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _falseLookup;
    private readonly decimal? _minNumber;
    private readonly decimal? _maxNumber;
    private readonly DateOnly? _minDate;
    private readonly DateOnly? _maxDate;
    private readonly string? _dateFormat;
    private readonly HashSet<string>? _seen;

    public CellCheck(SchemaField field, IReadOnlyList<string> missingValues)
    {
        _field = field;
        _type = field.Type;
        _kind = field.Type switch
        {
            "string" => Kind.String,
            "number" => Kind.Number,
            "integer" => Kind.Integer,
            "boolean" => Kind.Boolean,
            "date" => Kind.Date,
            "datetime" => Kind.DateTime,
            "time" => Kind.Time,
            "year" => Kind.Year,
            "yearmonth" => Kind.YearMonth,
            "duration" => Kind.Duration,
            "geopoint" => Kind.GeoPoint,
            "array" => Kind.Array,
            "object" => Kind.Object,
            _ => Kind.Any,
        };
        _stringFormat = field.Format is "email" or "uri" or "uuid" or "binary";
        _anyDate = field.Format == "any";
        _missing = new HashSet<string>(missingValues, StringComparer.Ordinal);
        _defaultMissing = _missing.Count == 1 && _missing.Contains("");
        var c = field.Constraints;
        if (c.Enum is { } values)
        {
            _enum = new HashSet<string>(values, StringComparer.Ordinal);
            _enumLookup = _enum.GetAlternateLookup<ReadOnlySpan<char>>();
            if (_type is "number" or "integer")
            {
                _numericEnum = [.. values.Select(TableSchema.ParseDecimal).Where(v => v is not null).Select(v => v!.Value)];
            }
        }

        var trueValues = new HashSet<string>(field.TrueValues, StringComparer.Ordinal);
        var falseValues = new HashSet<string>(field.FalseValues, StringComparer.Ordinal);
        _trueLookup = trueValues.GetAlternateLookup<ReadOnlySpan<char>>();
        _falseLookup = falseValues.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_type is "number" or "integer" or "year")
        {
            _minNumber = TableSchema.ParseDecimal(c.Minimum);
            _maxNumber = TableSchema.ParseDecimal(c.Maximum);
        }

        if (_type == "date")
        {
            _dateFormat = field.Format is "default" or "any" ? null : StrptimeToNet(field.Format);
            _minDate = c.Minimum is not null && DateOnly.TryParseExact(c.Minimum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var min) ? min : null;
            _maxDate = c.Maximum is not null && DateOnly.TryParseExact(c.Maximum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var max) ? max : null;
        }

        if (c.Unique)
        {
            _seen = new HashSet<string>(StringComparer.Ordinal);
        }
    }

    public SchemaField Field => _field;

    public bool IsMissing(ReadOnlySpan<char> value) =>
        _defaultMissing ? value.Length == 0 : _missing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(value);

    /// <summary>Checks one cell; returns false when the value does not have the field's type.</summary>
    public bool Check(ReadOnlySpan<char> value, ErrorSink sink)
    {
        if (IsMissing(value))
        {
            if (_field.Constraints.Required)
            {
                sink.Cell(this, value, "required", $"la valeur est obligatoire pour « {_field.Name} »");
            }

            return true;
        }

        var c = _field.Constraints;
        switch (_kind)
        {
            case Kind.String:
                if (_stringFormat && !CheckStringFormat(value, sink))
                {
                    return false;
                }

                break;
            case Kind.Number:
                if (!TryNumber(value, out var number, out var special))
                {
                    sink.Cell(this, value, "type-error", $"« {Show(value)} » n'est pas un nombre{NumberHint(value)}");
                    return false;
                }

                if (!special)
                {
                    CheckRange(number, value, sink);
                    if (_numericEnum is not null && !_numericEnum.Contains(number))
                    {
                        EnumError(value, sink);
                    }
                }

                break;
            case Kind.Integer:
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    sink.Cell(this, value, "type-error", $"« {Show(value)} » n'est pas un nombre entier");
                    return false;
                }

                CheckRange(integer, value, sink);
                if (_numericEnum is not null && !_numericEnum.Contains(integer))
                {
                    EnumError(value, sink);
                }

                break;
            case Kind.Boolean:
                if (!_trueLookup.Contains(value) && !_falseLookup.Contains(value))
                {
                    sink.Cell(this, value, "type-error",
                        $"« {Show(value)} » n'est pas un booléen : valeurs admises {string.Join(", ", _field.TrueValues.Concat(_field.FalseValues).Select(v => $"« {v} »"))}");
                    return false;
                }

                break;
            case Kind.Date:
                if (!TryDate(value, out var date))
                {
                    sink.Cell(this, value, "type-error", _dateFormat is null
                        ? $"« {Show(value)} » n'est pas une date au format AAAA-MM-JJ"
                        : $"« {Show(value)} » n'est pas une date au format {_field.Format}");
                    return false;
                }

                if (_minDate is { } minDate && date < minDate)
                {
                    sink.Cell(this, value, "minimum", $"la date {Show(value)} précède le minimum {c.Minimum}");
                }

                if (_maxDate is { } maxDate && date > maxDate)
                {
                    sink.Cell(this, value, "maximum", $"la date {Show(value)} dépasse le maximum {c.Maximum}");
                }

                break;
            case Kind.DateTime:
                if (!DateTimeOffset.TryParseExact(value, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
                {
                    return TypeError(value, "une date et heure ISO 8601 (AAAA-MM-JJThh:mm:ssZ)", sink);
                }

                break;
            case Kind.Time:
                if (!TimeOnly.TryParseExact(value, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return TypeError(value, "une heure hh:mm:ss", sink);
                }

                break;
            case Kind.Year:
                if (value.Length != 4 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                {
                    return TypeError(value, "une année sur quatre chiffres", sink);
                }

                CheckRange(year, value, sink);
                break;
            case Kind.YearMonth:
                if (!DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return TypeError(value, "un mois AAAA-MM", sink);
                }

                break;
            case Kind.Duration:
                if (!DurationRegex().IsMatch(value))
                {
                    return TypeError(value, "une durée ISO 8601 (P1Y2M3DT4H)", sink);
                }

                break;
            case Kind.GeoPoint:
                if (!IsGeopoint(value))
                {
                    return TypeError(value, "un point géographique « longitude, latitude »", sink);
                }

                break;
            case Kind.Array:
            case Kind.Object:
                if (!IsJson(value, _type == "array" ? JsonValueKind.Array : JsonValueKind.Object))
                {
                    return TypeError(value, _type == "array" ? "un tableau JSON" : "un objet JSON", sink);
                }

                break;
            default:
                break;
        }

        if (c.MinLength is { } minLength && value.Length < minLength)
        {
            sink.Cell(this, value, "min-length", $"{value.Length} caractères, moins que le minimum de {minLength}");
        }

        if (c.MaxLength is { } maxLength && value.Length > maxLength)
        {
            sink.Cell(this, value, "max-length", $"{value.Length} caractères, plus que le maximum de {maxLength}");
        }

        if (c.PatternRegex is { } regex && !regex.IsMatch(value))
        {
            sink.Cell(this, value, "pattern", $"« {Show(value)} » ne respecte pas le motif {c.Pattern}{PatternHint()}");
        }

        if (_enum is not null && _numericEnum is null && !_enumLookup.Contains(value))
        {
            EnumError(value, sink);
        }

        if (_seen is not null && !_seen.Add(value.ToString()))
        {
            sink.Cell(this, value, "unique", $"la valeur « {Show(value)} » apparaît déjà dans une ligne précédente");
        }

        return true;
    }

    private bool TypeError(ReadOnlySpan<char> value, string expected, ErrorSink sink)
    {
        sink.Cell(this, value, "type-error", $"« {Show(value)} » n'est pas {expected}");
        return false;
    }

    private void EnumError(ReadOnlySpan<char> value, ErrorSink sink) =>
        sink.Cell(this, value, "enum",
            $"« {Show(value)} » n'est pas une valeur admise : {string.Join(", ", _field.Constraints.Enum!.Select(v => $"« {v} »"))}");

    private void CheckRange(decimal number, ReadOnlySpan<char> value, ErrorSink sink)
    {
        if (_minNumber is { } min && number < min)
        {
            sink.Cell(this, value, "minimum", $"{Show(value)} est inférieur au minimum {_field.Constraints.Minimum}");
        }

        if (_maxNumber is { } max && number > max)
        {
            sink.Cell(this, value, "maximum", $"{Show(value)} est supérieur au maximum {_field.Constraints.Maximum}{MaximumHint()}");
        }
    }

    private string MaximumHint() =>
        _field.Name == "pourcentageSubvention" ? " (le pourcentage s'écrit en nombre décimal : 100 % = 1.00, 45 % = 0.45)" : "";

    private string PatternHint() => _field.Name switch
    {
        "datesPeriodeVersement" => " (AAAA-MM-JJ ou AAAA-MM-JJ/AAAA-MM-JJ, séparées par une barre oblique)",
        "rnaBeneficiaire" => " (W suivi de 9 chiffres)",
        _ when _field.Constraints.Pattern == "^\\d{14}$" => " (14 chiffres d'un seul tenant)",
        _ => "",
    };

    private static string NumberHint(ReadOnlySpan<char> value) =>
        value.Contains(',') ? " (le séparateur décimal est le point)" : value.ContainsAny(' ', '\u00A0', '\u202F') ? " (sans espace)" : "";

    private bool CheckStringFormat(ReadOnlySpan<char> value, ErrorSink sink)
    {
        switch (_field.Format)
        {
            case "email":
                if (!EmailRegex().IsMatch(value))
                {
                    return TypeError(value, "une adresse électronique", sink);
                }

                break;
            case "uri":
                if (!Uri.TryCreate(value.ToString(), UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Scheme) || value.Contains(' '))
                {
                    return TypeError(value, "une adresse (URI) absolue", sink);
                }

                break;
            case "uuid":
                if (!Guid.TryParse(value, out _))
                {
                    return TypeError(value, "un identifiant UUID", sink);
                }

                break;
            case "binary":
                if (!Convert.TryFromBase64String(value.ToString(), new byte[value.Length], out _))
                {
                    return TypeError(value, "une donnée binaire en base64", sink);
                }

                break;
            default:
                break;
        }

        return true;
    }

    /// <summary>A Frictionless number: decimal point (or the schema's decimalChar), optional exponent, NaN/INF.</summary>
    public bool TryNumber(ReadOnlySpan<char> value, out decimal number, out bool special)
    {
        special = false;
        number = 0;
        if (value is "NaN" or "INF" or "-INF" or "+INF")
        {
            special = true;
            return true;
        }

        Span<char> buffer = stackalloc char[64];
        scoped ReadOnlySpan<char> text = value;
        if (_field.DecimalChar != "." || _field.GroupChar is not null || !_field.BareNumber)
        {
            if (value.Length > buffer.Length)
            {
                return false;
            }

            var n = 0;
            for (var i = 0; i < value.Length; i++)
            {
                var ch = value[i];
                if (_field.GroupChar is { Length: 1 } g && ch == g[0])
                {
                    continue;
                }

                if (_field.DecimalChar.Length == 1 && ch == _field.DecimalChar[0])
                {
                    buffer[n++] = '.';
                }
                else if (!_field.BareNumber && !(char.IsAsciiDigit(ch) || ch is '-' or '+' or '.' or 'e' or 'E'))
                {
                    continue;
                }
                else
                {
                    buffer[n++] = ch;
                }
            }

            text = buffer[..n];
        }

        const NumberStyles styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (decimal.TryParse(text, styles, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }

        if (double.TryParse(text, styles, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            special = true;
            return true;
        }

        return false;
    }

    public bool TryDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        if (_dateFormat is not null)
        {
            return DateOnly.TryParseExact(value, _dateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (_anyDate)
        {
            return DateOnly.TryParseExact(value, AnyDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        return TryIsoDate(value, out date);
    }

    /// <summary>Strict AAAA-MM-JJ without the cost of a format parser.</summary>
    internal static bool TryIsoDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-')
        {
            return false;
        }

        int year = 0, month = 0, day = 0;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            var d = s[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            if (i < 4)
            {
                year = (year * 10) + d;
            }
            else if (i < 7)
            {
                month = (month * 10) + d;
            }
            else
            {
                day = (day * 10) + d;
            }
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>Python strptime directives to .NET: %Y-%m-%d → yyyy-MM-dd.</summary>
    internal static string StrptimeToNet(string format) => format
        .Replace("%Y", "yyyy", StringComparison.Ordinal).Replace("%y", "yy", StringComparison.Ordinal)
        .Replace("%m", "MM", StringComparison.Ordinal).Replace("%d", "dd", StringComparison.Ordinal)
        .Replace("%H", "HH", StringComparison.Ordinal).Replace("%M", "mm", StringComparison.Ordinal)
        .Replace("%S", "ss", StringComparison.Ordinal).Replace("%b", "MMM", StringComparison.Ordinal)
        .Replace("%B", "MMMM", StringComparison.Ordinal);

    private bool IsGeopoint(ReadOnlySpan<char> value)
    {
        var text = value.ToString();
        if (_field.Format is "array" or "object")
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                var root = doc.RootElement;
                return _field.Format == "array"
                    ? root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 2 && InRange(root[0].GetDouble(), root[1].GetDouble())
                    : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("lon", out var lon) && root.TryGetProperty("lat", out var lat)
                        && InRange(lon.GetDouble(), lat.GetDouble());
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                return false;
            }
        }

        var parts = text.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            && InRange(x, y);

        static bool InRange(double lon, double lat) => lon is >= -180 and <= 180 && lat is >= -90 and <= 90;
    }

    private static bool IsJson(ReadOnlySpan<char> value, JsonValueKind kind)
    {
        try
        {
            using var doc = JsonDocument.Parse(value.ToString());
            return doc.RootElement.ValueKind == kind;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static string Show(ReadOnlySpan<char> value) =>
        value.Length <= 80 ? value.ToString() : string.Concat(value[..77], "…");

    private enum Kind
    {
        Any,
        String,
        Number,
        Integer,
        Boolean,
        Date,
        DateTime,
        Time,
        Year,
        YearMonth,
        Duration,
        GeoPoint,
        Array,
        Object,
    }

    [GeneratedRegex(@"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationRegex();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();
}
