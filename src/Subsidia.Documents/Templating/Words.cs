using System.Globalization;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;

namespace Subsidia.Documents.Templating;

/// <summary>French wording shared by the documents: long dates, clock times, "du Bureau", counts.</summary>
public static class Words
{
    /// <summary>"mercredi 9 mai 2012", "jeudi 1er mai 2025".</summary>
    public static string LongDate(DateOnly date)
    {
        var day = date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        return $"{date.ToString("dddd", French.Culture)} {day} {date.ToString("MMMM yyyy", French.Culture)}";
    }

    /// <summary>"9 mai 2012".</summary>
    public static string DayMonthYear(DateOnly date)
    {
        var day = date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
        return $"{day} {date.ToString("MMMM yyyy", French.Culture)}";
    }

    /// <summary>"18h02".</summary>
    public static string Time(TimeOnly time) => $"{time.Hour}h{time.Minute:00}";

    /// <summary>"du Conseil de Communauté", "du Bureau", "de la Commission permanente", "de l'Assemblée".</summary>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Of(assembly.Name, assembly.Kind);
    }

    /// <summary>"du Bureau" from the body's name and kind.</summary>
    public static string Of(string name, AssemblyKind kind)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 0 && "AEIOUYÉÈÂaeiouyéèâ".Contains(name[0], StringComparison.Ordinal))
        {
            return $"de l'{name}";
        }

        return kind == AssemblyKind.StandingCommittee ? $"de la {name}" : $"du {name}";
    }

    /// <summary>"le Bureau", "la Commission permanente", "l'Assemblée".</summary>
    public static string The(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var name = assembly.Name;
        if (name.Length > 0 && "AEIOUYÉÈÂaeiouyéèâ".Contains(name[0], StringComparison.Ordinal))
        {
            return $"l'{name}";
        }

        return assembly.Kind == AssemblyKind.StandingCommittee ? $"la {name}" : $"le {name}";
    }

    /// <summary>A count written the French way ("1 234").</summary>
    public static string Count(int n) => n.ToString("#,##0", French.Culture).Replace('\u00A0', '\u202F');

    /// <summary>Upper-cases the first letter.</summary>
    public static string Capitalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpper(text[0], French.Culture) + text[1..];
    }
}
