using System.Text;
using System.Text.Unicode;

namespace Subsidia.OpenData.Text;

/// <summary>How one record (one line, or several lines for a record with multi-line cells) was encoded.</summary>
public enum RecordEncoding
{
    Ascii,
    Utf8,
    Windows1252,
}

/// <summary>What the reader found out about a file's text: byte order mark, delimiter, encoding of each record.</summary>
public sealed class TextProfile
{
    /// <summary>The file starts with the UTF-8 byte order mark.</summary>
    public bool Utf8Bom { get; internal set; }
    public char Delimiter { get; internal set; }
    /// <summary>Whether the delimiter was given by the caller rather than detected.</summary>
    public bool DelimiterGiven { get; internal set; }
    public long AsciiRecords { get; internal set; }
    public long Utf8Records { get; internal set; }
    public long Windows1252Records { get; internal set; }
    /// <summary>Records whose quoting is broken (text after a closing quote, or a quote never closed).</summary>
    public long MalformedRecords { get; internal set; }

    /// <summary>UTF-8 and Windows-1252 records in the same file (the Somme file: UTF-8 BOM, Windows-1252 body).</summary>
    public bool IsMixed => Utf8Records > 0 && Windows1252Records > 0;

    /// <summary>"UTF-8", "Windows-1252", "UTF-8 et Windows-1252 (mélange par ligne)" or "ASCII".</summary>
    public string EncodingName
    {
        get
        {
            if (IsMixed || (Utf8Bom && Windows1252Records > 0))
            {
                return "UTF-8 et Windows-1252 (mélange par ligne)";
            }

            if (Windows1252Records > 0)
            {
                return "Windows-1252";
            }

            return Utf8Records > 0 || Utf8Bom ? "UTF-8" : "ASCII";
        }
    }

    /// <summary>The name of the delimiter in French: "point-virgule", "virgule", "tabulation".</summary>
    public string DelimiterName => Delimiter switch
    {
        ';' => "point-virgule",
        ',' => "virgule",
        '\t' => "tabulation",
        '|' => "barre verticale",
        _ => $"« {Delimiter} »",
    };
}

/// <summary>
/// A streamed RFC 4180 reader working on bytes: CRLF or LF line ends, quoted cells with doubled quotes and line
/// breaks, delimiter detection (; , tab) on the header line, and per-record encoding detection (ASCII, UTF-8,
/// otherwise Windows-1252), so a file mixing encodings line by line is read correctly. Cells are exposed as spans
/// over a reused buffer: no allocation per cell unless <see cref="GetString"/> is called.
/// </summary>
public sealed class CsvReader : IDisposable
{
    private const int QuotedFlag = 1;
    private const int EscapedFlag = 2;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private byte[] _buffer;
    private int _position;
    private int _end;
    private bool _eof;
    private bool _started;
    private char[] _chars = new char[4096];
    private int[] _byteStarts = new int[32];
    private int[] _byteLengths = new int[32];
    private int[] _flags = new int[32];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int _count;
    private int _extraLines;
    private bool _malformed;
    private long _nextLine = 1;

    public CsvReader(Stream stream, char? delimiter = null, bool leaveOpen = false, int bufferSize = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _buffer = new byte[Math.Max(bufferSize, 1024)];
        if (delimiter is { } d)
        {
            Profile.Delimiter = d;
            Profile.DelimiterGiven = true;
        }
    }

    /// <summary>Opens a file for sequential reading.</summary>
    public static CsvReader Open(string path, char? delimiter = null) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), delimiter);

    public TextProfile Profile { get; } = new();

    public char Delimiter => Profile.Delimiter;

    /// <summary>Number of the current record in the file: the header is record 1.</summary>
    public long RecordNumber { get; private set; }

    /// <summary>Physical line (1-based) on which the current record starts.</summary>
    public long LineNumber { get; private set; }

    public RecordEncoding Encoding { get; private set; }

    /// <summary>The current record's quoting is broken (reported by the validator, read leniently).</summary>
    public bool IsMalformed => _malformed;

    public int FieldCount => _count;

    /// <summary>An empty line: a single empty cell.</summary>
    public bool IsBlank => _count == 1 && _lengths[0] == 0 && (_flags[0] & QuotedFlag) == 0;

    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_starts[index], _lengths[index]);

    public string GetString(int index) => index < _count ? new string(this[index]) : "";

    /// <summary>The current record's cells as strings.</summary>
    public string[] GetRecord()
    {
        var cells = new string[_count];
        for (var i = 0; i < _count; i++)
        {
            cells[i] = GetString(i);
        }

        return cells;
    }

    /// <summary>Reads the next record; false at the end of the file.</summary>
    /// <exception cref="InvalidDataException">The content is not text (UTF-16 or binary).</exception>
    public bool Read()
    {
        if (!_started)
        {
            Start();
        }

        while (true)
        {
            var available = _buffer.AsSpan(_position, _end - _position);
            if (available.Length == 0 && _eof)
            {
                return false;
            }

            var consumed = Parse(available, _eof);
            if (consumed < 0)
            {
                Fill();
                continue;
            }

            var recordLength = consumed;
            if (recordLength > 0 && available[recordLength - 1] == (byte)'\n')
            {
                recordLength--;
            }

            Decode(available[..recordLength]);
            RecordNumber++;
            LineNumber = _nextLine;
            _nextLine += 1 + _extraLines;
            _position += consumed;
            if (_malformed)
            {
                Profile.MalformedRecords++;
            }

            return true;
        }
    }

    private void Start()
    {
        _started = true;
        Fill();
        var head = _buffer.AsSpan(0, _end);
        if (head.Length >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            Profile.Utf8Bom = true;
            _position = 3;
        }
        else if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            throw new InvalidDataException("le fichier est encodé en UTF-16 : seuls UTF-8 et Windows-1252 sont lus");
        }

        var probe = head[_position..Math.Min(head.Length, _position + 65536)];
        if (probe.Contains((byte)0))
        {
            throw new InvalidDataException("le fichier contient des octets nuls : ce n'est pas un fichier texte CSV");
        }

        if (!Profile.DelimiterGiven)
        {
            Profile.Delimiter = DetectDelimiter(probe);
        }
    }

    /// <summary>The most frequent of ; , tab and | outside quotes on the first line (comma when none occurs).</summary>
    public static char DetectDelimiter(ReadOnlySpan<byte> text)
    {
        int semicolons = 0, commas = 0, tabs = 0, pipes = 0;
        var quoted = false;
        foreach (var b in text)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (b == (byte)'\n')
                {
                    break;
                }

                switch (b)
                {
                    case (byte)';': semicolons++; break;
                    case (byte)',': commas++; break;
                    case (byte)'\t': tabs++; break;
                    case (byte)'|': pipes++; break;
                    default: break;
                }
            }
        }

        var best = ',';
        var max = commas;
        if (semicolons > max) { best = ';'; max = semicolons; }
        if (tabs > max) { best = '\t'; max = tabs; }
        if (pipes > max) { best = '|'; }
        return best;
    }

    private void Fill()
    {
        if (_position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, _end - _position);
            _end -= _position;
            _position = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        while (_end < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                break;
            }

            _end += read;
        }
    }

    /// <summary>Splits one record at the start of <paramref name="span"/>; -1 when more bytes are needed.</summary>
    private int Parse(ReadOnlySpan<byte> span, bool final)
    {
        var delimiter = (byte)Profile.Delimiter;
        var i = 0;
        var n = 0;
        var anyQuoted = false;
        _malformed = false;
        while (true)
        {
            if (n == _byteStarts.Length)
            {
                Grow();
            }

            if (i >= span.Length)
            {
                if (!final)
                {
                    return -1;
                }

                Set(n++, i, 0, 0);
                _count = n;
                _extraLines = anyQuoted ? CountLines(span) : 0;
                return span.Length;
            }

            if (span[i] == (byte)'"')
            {
                anyQuoted = true;
                var j = i + 1;
                var flags = QuotedFlag;
                var closed = false;
                while (true)
                {
                    var k = span[j..].IndexOf((byte)'"');
                    if (k < 0)
                    {
                        break;
                    }

                    j += k + 1;
                    if (j < span.Length && span[j] == (byte)'"')
                    {
                        flags |= EscapedFlag;
                        j++;
                        continue;
                    }

                    if (j >= span.Length && !final)
                    {
                        return -1;
                    }

                    closed = true;
                    break;
                }

                if (!closed)
                {
                    if (!final)
                    {
                        return -1;
                    }

                    _malformed = true;
                    Set(n++, i + 1, span.Length - i - 1, flags);
                    _count = n;
                    _extraLines = CountLines(span);
                    return span.Length;
                }

                Set(n, i + 1, j - 1 - (i + 1), flags);
                var rest = span[j..].IndexOfAny(delimiter, (byte)'\n');
                if (rest < 0)
                {
                    if (!final)
                    {
                        return -1;
                    }

                    rest = span.Length - j;
                }

                var trailing = span.Slice(j, rest);
                if (trailing.Length > 0 && !(trailing.Length == 1 && trailing[0] == (byte)'\r'))
                {
                    _malformed = true;
                }

                n++;
                i = j + rest;
            }
            else
            {
                var k = span[i..].IndexOfAny(delimiter, (byte)'\n');
                if (k < 0)
                {
                    if (!final)
                    {
                        return -1;
                    }

                    k = span.Length - i;
                }

                Set(n++, i, k, 0);
                i += k;
            }

            if (i < span.Length && span[i] == delimiter)
            {
                i++;
                continue;
            }

            // End of record: a line feed, or the end of the file.
            var last = n - 1;
            if ((_flags[last] & QuotedFlag) == 0 && _byteLengths[last] > 0 && span[_byteStarts[last] + _byteLengths[last] - 1] == (byte)'\r')
            {
                _byteLengths[last]--;
            }

            _count = n;
            var consumed = i < span.Length ? i + 1 : span.Length;
            _extraLines = anyQuoted ? CountLines(span[..Math.Max(0, consumed - 1)]) : 0;
            return consumed;
        }
    }

    private static int CountLines(ReadOnlySpan<byte> span) => span.Count((byte)'\n');

    private void Set(int index, int start, int length, int flags)
    {
        _byteStarts[index] = start;
        _byteLengths[index] = length;
        _flags[index] = flags;
    }

    private void Grow()
    {
        var size = _byteStarts.Length * 2;
        Array.Resize(ref _byteStarts, size);
        Array.Resize(ref _byteLengths, size);
        Array.Resize(ref _flags, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
    }

    private void Decode(ReadOnlySpan<byte> record)
    {
        if (_chars.Length < record.Length)
        {
            _chars = new char[Math.Max(record.Length, _chars.Length * 2)];
        }

        if (System.Text.Ascii.IsValid(record))
        {
            Encoding = RecordEncoding.Ascii;
            Profile.AsciiRecords++;
            System.Text.Ascii.ToUtf16(record, _chars, out _);
            SameOffsets();
        }
        else if (Utf8.IsValid(record))
        {
            Encoding = RecordEncoding.Utf8;
            Profile.Utf8Records++;
            var position = 0;
            for (var f = 0; f < _count; f++)
            {
                var written = System.Text.Encoding.UTF8.GetChars(record.Slice(_byteStarts[f], _byteLengths[f]), _chars.AsSpan(position));
                _starts[f] = position;
                _lengths[f] = written;
                position += written;
            }
        }
        else
        {
            Encoding = RecordEncoding.Windows1252;
            Profile.Windows1252Records++;
            Windows1252.GetChars(record, _chars);
            SameOffsets();
        }

        for (var f = 0; f < _count; f++)
        {
            if ((_flags[f] & EscapedFlag) != 0)
            {
                _lengths[f] = Unescape(_chars.AsSpan(_starts[f], _lengths[f]));
            }
        }
    }

    private void SameOffsets()
    {
        Array.Copy(_byteStarts, _starts, _count);
        Array.Copy(_byteLengths, _lengths, _count);
    }

    /// <summary>Turns doubled quotes into single ones in place; returns the new length.</summary>
    private static int Unescape(Span<char> cell)
    {
        var w = 0;
        for (var r = 0; r < cell.Length; r++)
        {
            cell[w++] = cell[r];
            if (cell[r] == '"' && r + 1 < cell.Length && cell[r + 1] == '"')
            {
                r++;
            }
        }

        return w;
    }

    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
