namespace Subsidia.OpenData.Validation;

/// <summary>
/// The <c>validate FILE --schema scdl-subventions|scdl-deliberations [--format json]</c> command: exit 0 when the
/// file is valid, 1 when it is not (errors on stdout, row and column precise), 2 when it cannot be read (one line
/// on stderr).
/// </summary>
public static class ValidateCommand
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;

    public static int Run(string file, string schema, string format, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (!TableSchema.KnownSchemas.Contains(schema))
        {
            stderr.WriteLine($"Schéma inconnu « {schema} » : choisir {string.Join(" ou ", TableSchema.KnownSchemas)}.");
            return Unreadable;
        }

        if (format is not ("text" or "json"))
        {
            stderr.WriteLine($"Format inconnu « {format} » : choisir text ou json.");
            return Unreadable;
        }

        ValidationReport report;
        try
        {
            report = TableValidator.ForSchema(schema).Validate(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
        {
            var reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "fichier introuvable",
                UnauthorizedAccessException => "accès refusé",
                InvalidDataException => e.Message,
                _ => e.Message,
            };
            stderr.WriteLine($"{file} : illisible ({reason}).");
            return Unreadable;
        }

        if (format == "json")
        {
            stdout.WriteLine(report.ToJson());
        }
        else
        {
            report.WriteText(stdout);
        }

        return report.Valid ? Valid : Invalid;
    }
}
