namespace Subsidia.Web.Pages.Shared;

/// <summary>Where a list page is among the pages of its search, and the links to its neighbours (partial _Pager).</summary>
/// <param name="Path">The list's address.</param>
/// <param name="Query">The search (« q »), kept in the links.</param>
/// <param name="Number">The page shown, from 1 (travels as « p »: « page » is Razor Pages' own route value).</param>
/// <param name="Total">Rows matching the search.</param>
/// <param name="Size">Rows per page.</param>
/// <param name="Label">The accessible name of the page navigation.</param>
public sealed record Pager(string Path, string? Query, int Number, int Total, int Size, string Label)
{
    public int Pages => Math.Max(1, (Total + Size - 1) / Size);

    public string Link(int page) =>
        $"{Path}?p={page}" + (string.IsNullOrWhiteSpace(Query) ? "" : "&q=" + Uri.EscapeDataString(Query.Trim()));
}
