using System.Text;
using Subsidia.OpenData.Text;

namespace Subsidia.OpenData.Tests.Text;

public class CsvReaderTests
{
    private static List<string[]> ReadAll(byte[] bytes, out CsvReader reader, int bufferSize = 1 << 20)
    {
        reader = new CsvReader(new MemoryStream(bytes), bufferSize: bufferSize);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.GetRecord());
        }

        return records;
    }

    [Fact]
    public void Read_QuotedMultiLineCellsAndDoubledQuotes_Crlf()
    {
        var text = "a;b;c\r\n1;\"deux\r\nlignes\";\"il dit \"\"oui\"\"\"\r\n2;x;\r\n";
        var records = ReadAll(Encoding.UTF8.GetBytes(text), out var reader);

        Assert.Equal(';', reader.Delimiter);
        Assert.Equal(3, records.Count);
        Assert.Equal(["1", "deux\r\nlignes", "il dit \"oui\""], records[1]);
        Assert.Equal(["2", "x", ""], records[2]);
        Assert.Equal(4, reader.LineNumber);
        Assert.Equal(3, reader.RecordNumber);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a;b;c\n1;2;3\n", ';')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("\"x;y\",b,c\n1,2,3", ',')]
    public void DetectsTheDelimiterOnTheHeader(string text, char expected)
    {
        var records = ReadAll(Encoding.UTF8.GetBytes(text), out var reader);

        Assert.Equal(expected, reader.Delimiter);
        Assert.Equal(["1", "2", "3"], records[1]);
    }

    [Fact]
    public void MixedEncodings_EachLineDecodedOnItsOwn()
    {
        var bytes = new List<byte>();
        bytes.AddRange([0xEF, 0xBB, 0xBF]);
        bytes.AddRange(Encoding.UTF8.GetBytes("nom;montant\n"));
        bytes.AddRange(Encoding.UTF8.GetBytes("Société générale;1\n"));
        bytes.AddRange(Encoding.Latin1.GetBytes("Département;2\n"));
        bytes.AddRange([0x80, (byte)';', (byte)'3', (byte)'\n']); // € in Windows-1252

        var records = ReadAll([.. bytes], out var reader);

        Assert.Equal("Société générale", records[1][0]);
        Assert.Equal("Département", records[2][0]);
        Assert.Equal("€", records[3][0]);
        Assert.True(reader.Profile.Utf8Bom);
        Assert.True(reader.Profile.IsMixed);
        Assert.Equal(2, reader.Profile.Windows1252Records);
    }

    [Fact]
    public void SmallBuffer_RecordsSpanningRefillsAreIntact()
    {
        var sb = new StringBuilder("id,texte\n");
        for (var i = 0; i < 500; i++)
        {
            sb.Append(i).Append(",\"ligne ").Append(i).Append("\nsuite, avec \"\"guillemets\"\"\"\n");
        }

        var records = ReadAll(Encoding.UTF8.GetBytes(sb.ToString()), out var reader, bufferSize: 1024);

        Assert.Equal(501, records.Count);
        Assert.Equal("ligne 499\nsuite, avec \"guillemets\"", records[500][1]);
        Assert.Equal(1 + 2 * 499 + 1, reader.LineNumber);
    }

    [Fact]
    public void SommeFile_BomThenWindows1252Body()
    {
        using var reader = CsvReader.Open(Fixture.Path(Fixture.Somme));
        Assert.True(reader.Read());
        Assert.Equal("nomAttribuant", reader.GetString(0));
        Assert.True(reader.Read());

        Assert.Equal("Département de la Somme", reader.GetString(0));
        Assert.Equal(RecordEncoding.Windows1252, reader.Encoding);
        Assert.Contains("89 852 € HT", reader.GetString(6), StringComparison.Ordinal);
        Assert.Equal(';', reader.Delimiter);
    }

    [Fact]
    public void Utf16_IsRefused()
    {
        var reader = new CsvReader(new MemoryStream([0xFF, 0xFE, (byte)'a', 0]));
        Assert.Throws<InvalidDataException>(() => reader.Read());
    }
}
