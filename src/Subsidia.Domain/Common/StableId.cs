using System.Security.Cryptography;
using System.Text;

namespace Subsidia.Domain.Common;

/// <summary>Name-based identifiers (RFC 4122 name-based, SHA-256): the same name always gives the same id, so imports are idempotent.</summary>
public static class StableId
{
    public static Guid For(params string[] parts)
    {
        var text = string.Join("\u001F", parts.Select(p => p.Trim().ToUpperInvariant()));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("subsidia:" + text));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
