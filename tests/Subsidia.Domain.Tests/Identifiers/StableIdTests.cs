using System.Security.Cryptography;
using System.Text;
using Subsidia.Domain.Common;

namespace Subsidia.Domain.Tests.Identifiers;

/// <summary>Ids already stored must never change: the id of a name is fixed by its definition.</summary>
public class StableIdTests
{
    // The definition, written the plain way: "subsidia:" + parts trimmed and upper-cased, joined by U+001F, SHA-256.
    private static Guid Defined(params string[] parts)
    {
        var text = "subsidia:" + string.Join("\u001F", parts.Select(p => p.Trim().ToUpperInvariant()));
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    [Theory]
    [InlineData("authority")]
    [InlineData("member", "5b2f8f0e-0000-0000-0000-000000000000", "Jean-Louis", "FOUSSERET")]
    [InlineData("member", "  x ", "", "  Ségolène\u00A0", "Œuvre d'ÉTÉ")]
    [InlineData("sitting", "ß and ﬁ", "09/05/2012")]
    [InlineData("")]
    public void IsTheIdOfItsDefinition(params string[] parts)
    {
        Assert.Equal(Defined(parts), StableId.For(parts));
        Assert.Equal(StableId.For(parts), StableId.For(parts.Select(p => p.ToLowerInvariant()).ToArray()));
    }

    [Fact]
    public void HasNotChanged()
    {
        // Computed when ids were first stored; a change here would orphan every imported record.
        Assert.Equal(Guid.Parse("26c9fed7-6876-5aa1-822c-a99617bf11d7"), StableId.For("authority", "Grand Besançon Métropole"));
        Assert.Equal(5, StableId.For("x").Version);
        Assert.NotEqual(StableId.For("a", "b"), StableId.For("a", "c"));
    }
}
