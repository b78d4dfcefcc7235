using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Subsidia.Domain.Common;

/// <summary>Name-based identifiers (RFC 4122 name-based, SHA-256): the same name always gives the same id, so imports are idempotent.</summary>
public static class StableId
{
    private const string Prefix = "subsidia:";
    private const char Separator = '\u001F';

    /// <summary>
    /// The id of the name made of these parts: "subsidia:" then the parts, each trimmed and in upper case, joined by
    /// U+001F, hashed (SHA-256) in UTF-8; the first 16 bytes with the version (5) and variant bits set.
    /// </summary>
    public static Guid For(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var length = Prefix.Length + Math.Max(0, parts.Length - 1);
        foreach (var part in parts)
        {
            length += part.AsSpan().Trim().Length;
        }

        // Built in a rented buffer rather than through strings: readers compute one per person of every document.
        var chars = ArrayPool<char>.Shared.Rent(length);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
        try
        {
            Prefix.CopyTo(chars);
            var at = Prefix.Length;
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    chars[at++] = Separator;
                }

                at += parts[i].AsSpan().Trim().ToUpperInvariant(chars.AsSpan(at));
            }

            var count = Encoding.UTF8.GetBytes(chars.AsSpan(0, at), bytes);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(bytes.AsSpan(0, count), hash);
            hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
            hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
            return new Guid(hash[..16], bigEndian: true);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
