using System.Collections;
using System.Globalization;
using System.Text;

namespace Subsidia.Documents.Templating;

/// <summary>An error in a template, with the line where it was found and a French message for the person editing it.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string templateName, int line, string message, Exception? inner = null)
        : base($"Modèle « {templateName} », ligne {line} : {message}", inner)
    {
        TemplateName = templateName;
        Line = line;
    }

    public string TemplateName { get; }
    public int Line { get; }
}

/// <summary>
/// A small, strict subset of Mustache for stored document templates (docs/decisions, ADR on templates).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>{{champ}}</c> or <c>{{objet.champ}}</c>: the value, XML-escaped.</item>
/// <item><c>{{#champ}} … {{/champ}}</c>: repeated for each element of a list, shown once when the value is true or
/// a non-empty text, hidden when it is false, empty or absent.</item>
/// <item><c>{{^champ}} … {{/champ}}</c>: shown only when the value is false, empty or absent.</item>
/// <item><c>{{! commentaire }}</c>: ignored.</item>
/// <item><c>{{.}}</c>: the current element of a list of texts.</item>
/// <item><c>{{> fichier.html}}</c>: the content of another template of the folder, filled with the same fields.</item>
/// </list>
/// A name the model does not know is an error (a misspelt field must not silently print nothing); a known field
/// whose value is empty prints nothing. Values are escaped, so no field can inject markup.
/// </remarks>
public static class MiniTemplate
{
    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/>.</summary>
    public static string Render(string templateName, string template, IReadOnlyDictionary<string, object?> model,
        Func<string, string>? partials = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(model);
        var sb = new StringBuilder(template.Length * 2);
        var stack = new List<object?> { model };
        var context = new RenderContext(partials, 0);
        Write(templateName, Parse(templateName, template), stack, sb, context);
        return sb.ToString();
    }

    private sealed record RenderContext(Func<string, string>? Partials, int Depth);

    private abstract record Node(int Line);

    private sealed record TextNode(int Line, string Text) : Node(Line);

    private sealed record ValueNode(int Line, string Name) : Node(Line);

    private sealed record SectionNode(int Line, string Name, bool Inverted, List<Node> Children) : Node(Line);

    private sealed record PartialNode(int Line, string FileName) : Node(Line);

    private static List<Node> Parse(string templateName, string template)
    {
        var root = new List<Node>();
        var open = new Stack<(SectionNode Section, List<Node> Parent)>();
        var current = root;
        var pos = 0;
        while (pos < template.Length)
        {
            var start = template.IndexOf("{{", pos, StringComparison.Ordinal);
            if (start < 0)
            {
                current.Add(new TextNode(LineOf(template, pos), template[pos..]));
                break;
            }

            if (start > pos)
            {
                current.Add(new TextNode(LineOf(template, pos), template[pos..start]));
            }

            var line = LineOf(template, start);
            var end = template.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                throw new TemplateException(templateName, line, "« {{ » ouvert sans « }} » pour le fermer.");
            }

            var tag = template[(start + 2)..end].Trim();
            pos = end + 2;
            if (tag.Length == 0)
            {
                throw new TemplateException(templateName, line, "champ vide « {{}} ».");
            }

            switch (tag[0])
            {
                case '!':
                    break;
                case '>':
                    current.Add(new PartialNode(line, tag[1..].Trim()));
                    break;
                case '#':
                case '^':
                {
                    var section = new SectionNode(line, CheckName(templateName, line, tag[1..].Trim()), tag[0] == '^', []);
                    current.Add(section);
                    open.Push((section, current));
                    current = section.Children;
                    break;
                }

                case '/':
                {
                    var name = tag[1..].Trim();
                    if (open.Count == 0)
                    {
                        throw new TemplateException(templateName, line, $"« {{{{/{name}}}}} » ferme une section qui n'a pas été ouverte.");
                    }

                    var (section, parent) = open.Pop();
                    if (!string.Equals(section.Name, name, StringComparison.Ordinal))
                    {
                        throw new TemplateException(templateName, line,
                            $"« {{{{/{name}}}}} » ferme la section « {section.Name} » ouverte ligne {section.Line}.");
                    }

                    current = parent;
                    break;
                }

                default:
                    current.Add(new ValueNode(line, CheckName(templateName, line, tag)));
                    break;
            }
        }

        if (open.Count > 0)
        {
            var (section, _) = open.Peek();
            throw new TemplateException(templateName, section.Line, $"la section « {section.Name} » n'est jamais fermée (« {{{{/{section.Name}}}}} »).");
        }

        return root;
    }

    private static string CheckName(string templateName, int line, string name)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsLetterOrDigit(c) || c is '_' or '.' or '-')))
        {
            throw new TemplateException(templateName, line, $"« {name} » n'est pas un nom de champ (lettres, chiffres, « _ », « . »).");
        }

        return name;
    }

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static void Write(string templateName, List<Node> nodes, List<object?> stack, StringBuilder sb, RenderContext context)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode t:
                    sb.Append(t.Text);
                    break;
                case ValueNode v:
                    sb.Append(Escape(Format(Resolve(templateName, v.Line, v.Name, stack))));
                    break;
                case PartialNode p:
                {
                    if (context.Partials is null)
                    {
                        throw new TemplateException(templateName, p.Line, $"« {{{{> {p.FileName}}}}} » : aucun autre modèle ne peut être inclus ici.");
                    }

                    if (context.Depth >= 8)
                    {
                        throw new TemplateException(templateName, p.Line, $"« {{{{> {p.FileName}}}}} » : inclusions imbriquées trop profondément (boucle ?).");
                    }

                    var included = context.Partials(p.FileName);
                    Write(p.FileName, Parse(p.FileName, included), stack, sb, context with { Depth = context.Depth + 1 });
                    break;
                }

                case SectionNode s:
                {
                    var value = Resolve(templateName, s.Line, s.Name, stack);
                    var items = Items(value);
                    if (s.Inverted)
                    {
                        if (items.Count == 0)
                        {
                            Write(templateName, s.Children, stack, sb, context);
                        }

                        break;
                    }

                    foreach (var item in items)
                    {
                        stack.Add(item);
                        Write(templateName, s.Children, stack, sb, context);
                        stack.RemoveAt(stack.Count - 1);
                    }

                    break;
                }
            }
        }
    }

    /// <summary>The elements a section iterates: a list's items, once for a truthy value, none otherwise.</summary>
    private static List<object?> Items(object? value) => value switch
    {
        null => [],
        bool b => b ? [true] : [],
        string s => s.Length > 0 ? [s] : [],
        IReadOnlyDictionary<string, object?> d => [d],
        IEnumerable e => e.Cast<object?>().ToList(),
        _ => [value],
    };

    private static object? Resolve(string templateName, int line, string name, List<object?> stack)
    {
        if (name == ".")
        {
            return stack[^1];
        }

        var parts = name.Split('.');
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i] is IReadOnlyDictionary<string, object?> scope && scope.TryGetValue(parts[0], out var value))
            {
                for (var p = 1; p < parts.Length; p++)
                {
                    if (value is IReadOnlyDictionary<string, object?> inner && inner.TryGetValue(parts[p], out var next))
                    {
                        value = next;
                    }
                    else if (value is null)
                    {
                        return null;
                    }
                    else
                    {
                        throw new TemplateException(templateName, line, $"le champ « {name} » n'existe pas (« {parts[p]} » inconnu).");
                    }
                }

                return value;
            }
        }

        var known = stack.OfType<IReadOnlyDictionary<string, object?>>().SelectMany(d => d.Keys).Distinct().Order(StringComparer.Ordinal);
        throw new TemplateException(templateName, line, $"le champ « {name} » n'existe pas. Champs disponibles ici : {string.Join(", ", known)}.");
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "oui" : "non",
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("fr-FR")),
        _ => value.ToString() ?? "",
    };

    private static readonly System.Buffers.SearchValues<char> EscapeTriggers = System.Buffers.SearchValues.Create("<>&\"");

    /// <summary>Escapes text for XHTML content and attributes.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(EscapeTriggers) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
