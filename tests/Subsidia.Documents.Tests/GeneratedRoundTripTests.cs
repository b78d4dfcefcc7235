using Subsidia.Documents.Assemblies;
using Subsidia.Documents.Docx;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;
using Subsidia.Reading;

namespace Subsidia.Documents.Tests;

/// <summary>
/// Round trip on generated sittings: random arrivals, departures, substitutes and proxies are written into an extract,
/// the extract's text is read back by the document reader, and the attendance, proxies and roll must be the same.
/// </summary>
[Collection(RendererGroup.Name)]
public class GeneratedRoundTripTests(RendererFixture fixture)
{
    private static readonly string[] GivenMale = ["Jean", "Paul", "Louis", "Marc", "Pierre", "Jacques", "Michel", "Alain", "Claude", "Bernard", "Henri", "Denis"];
    private static readonly string[] GivenFemale = ["Anne", "Marie", "Claire", "Sophie", "Isabelle", "Catherine", "Nicole", "Sylvie", "Hélène", "Julie", "Agnès", "Martine"];
    private static readonly string[] Families =
    [
        "MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND", "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL",
        "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND", "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE",
        "ROUSSEAU", "VINCENT", "MULLER", "LEFEVRE", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER",
        "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT", "MORIN", "NICOLAS", "HENRY", "ROUSSEL", "MATHIEU",
    ];

    /// <summary>A random sitting, its item and the roll the engine computes for it.</summary>
    public static (SittingRecord Record, AgendaItem Item) Generate(int seed)
    {
        var random = new Random(seed);
        var authority = new Authority(StableId.For("authority", "generated"), "Communauté de communes Générée");
        var assembly = new Assembly(StableId.For("assembly", "generated", seed.ToString(French.Culture)), authority.Id, "Conseil communautaire", AssemblyKind.Council);
        var keys = Enumerable.Range(1, random.Next(4, 12)).Select(i => i.ToString(French.Culture)).ToList();
        var memberCount = random.Next(8, 30);
        var sitting = new Sitting(StableId.For("sitting", "generated", seed.ToString(French.Culture)), assembly.Id, new DateOnly(2025, 6, 2), memberCount);
        sitting.Describe("Salle du conseil", new DateOnly(2025, 5, 26), null, new TimeOnly(18, 30), new TimeOnly(21, 0));
        sitting.SetOrderOfPassage(PositionScheme.Report, keys);
        var script = new SittingScript(assembly, sitting);
        var names = Families.OrderBy(_ => random.Next()).ToList();
        string Key() => keys[random.Next(keys.Count)];

        var fullyPresent = new List<Member>();
        var grantors = new List<(Member Member, string? From, string? To)>();
        for (var i = 0; i < memberCount; i++)
        {
            var female = random.Next(2) == 0;
            var (civility, given) = female ? ("Mme", GivenFemale[random.Next(GivenFemale.Length)]) : ("M.", GivenMale[random.Next(GivenMale.Length)]);
            var family = names[i];
            switch (random.Next(10))
            {
                case < 4:
                    fullyPresent.Add(script.Present(null, civility, given, family));
                    break;
                case 4:
                {
                    var from = Key();
                    var member = script.Present(null, civility, given, family, from: from);
                    var index = keys.IndexOf(from);
                    if (index > 0)
                    {
                        grantors.Add((member, null, keys[index - 1]));
                    }

                    break;
                }

                case 5:
                {
                    var to = Key();
                    var member = script.Present(null, civility, given, family, to: to);
                    var index = keys.IndexOf(to);
                    if (index < keys.Count - 1)
                    {
                        grantors.Add((member, keys[index + 1], null));
                    }

                    break;
                }

                case 6:
                {
                    var a = keys.IndexOf(Key());
                    var b = keys.IndexOf(Key());
                    script.Present(null, civility, given, family, from: keys[Math.Min(a, b)], to: keys[Math.Max(a, b)]);
                    break;
                }

                case 7:
                {
                    var subFemale = random.Next(2) == 0;
                    var subFamily = names[memberCount + i % (names.Count - memberCount)] + "-" + family[..3];
                    script.Represented(null, civility, given, family, subFemale ? "Mme" : "M.",
                        subFemale ? GivenFemale[random.Next(GivenFemale.Length)] : GivenMale[random.Next(GivenMale.Length)], subFamily);
                    break;
                }

                default:
                    grantors.Add((script.Absent(null, civility, given, family), null, null));
                    break;
            }
        }

        var holders = fullyPresent.OrderBy(_ => random.Next()).ToList();
        foreach (var ((grantor, from, to), holder) in grantors.Where(_ => random.Next(3) > 0).Zip(holders))
        {
            sitting.AddProxy(grantor.Id, holder.Id, from, to);
        }

        sitting.SetSecretary(fullyPresent.Count > 0 ? fullyPresent[0].Id : null);
        if (fullyPresent.Count > 1)
        {
            sitting.AddChair(fullyPresent[1].Id);
        }

        // Keys of a "Report" order of passage are report numbers: the item is the report taken at that key.
        var position = Key();
        var item = sitting.AddItem(position, "Attribution d'une subvention de fonctionnement", positionKey: position, actNumber: $"2025/{seed:0000}");
        var voters = new RollEngine(sitting, assembly.Members).EvaluateItem(item).Roll!.Voters;
        item.RecordTally(voters, 0, 0, null, unanimous: true);
        return (SittingRecord.Evaluate(authority, assembly, sitting), item);
    }

    [Fact]
    public void TwoHundredGeneratedSittings_ReadBackWithTheSameAttendanceProxiesAndRoll()
    {
        var failures = new List<string>();
        var (substitutes, arrivals, departures, spannedProxies) = (0, 0, 0, 0);
        for (var seed = 1; seed <= 200; seed++)
        {
            var (record, item) = Generate(seed);
            substitutes += record.Sitting.Attendances.Count(a => a.ReplacesMemberId is not null);
            arrivals += record.Sitting.Attendances.Count(a => a.From is not null);
            departures += record.Sitting.Attendances.Count(a => a.To is not null);
            spannedProxies += record.Sitting.Proxies.Count(p => p.From is not null || p.To is not null);
            var text = XhtmlToDocx.ReadText(fixture.Renderer.ExtractDocx(record, item));
            var read = DeliberationReader.ReadText(text, $"genere-{seed}.docx");

            var expected = record.EvaluationOf(item).Roll!;
            var readItem = read.Import.Sitting.Items.FirstOrDefault(i => i.ActNumber == item.ActNumber);
            var roll = readItem is null ? null : read.Import.Evaluation.Items.Single(e => e.Item.Id == readItem.Id).Roll;
            var problems = new List<string>();
            if (read.Import.Sitting.Attendances.Count != record.Sitting.Attendances.Count)
            {
                problems.Add($"présences {read.Import.Sitting.Attendances.Count} au lieu de {record.Sitting.Attendances.Count}");
            }

            if (!read.Import.Sitting.Proxies.Select(p => (p.From, p.To)).Order().SequenceEqual(record.Sitting.Proxies.Select(p => (p.From, p.To)).Order()))
            {
                problems.Add($"pouvoirs {read.Import.Sitting.Proxies.Count} au lieu de {record.Sitting.Proxies.Count}");
            }

            if (roll is null || (roll.PresentCount, roll.ProxiesInForceCount, roll.Voters) != (expected.PresentCount, expected.ProxiesInForceCount, expected.Voters))
            {
                problems.Add($"appel {roll?.PresentCount}+{roll?.ProxiesInForceCount}={roll?.Voters} au lieu de {expected.PresentCount}+{expected.ProxiesInForceCount}={expected.Voters}");
            }

            if (problems.Count > 0)
            {
                failures.Add($"séance {seed} : {string.Join(" ; ", problems)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(15)));
        Assert.True(substitutes > 100 && arrivals > 100 && departures > 100 && spannedProxies > 100,
            $"générateur trop pauvre : {substitutes} suppléances, {arrivals} arrivées, {departures} départs, {spannedProxies} pouvoirs bornés");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(137)]
    public async Task GeneratedSitting_PdfExtract_ReadsBackTheSameRoll(int seed)
    {
        var (record, item) = Generate(seed);
        var path = PdfTools.Keep($"genere-{seed}.pdf", await fixture.Renderer.ExtractPdfAsync(record, item));

        var read = DeliberationReader.ReadText(RoundTripTests.WithoutPageFurniture(PdfTools.Text(path)), Path.GetFileName(path));

        var expected = record.EvaluationOf(item).Roll!;
        var readItem = read.Import.Sitting.Items.Single(i => i.ActNumber == item.ActNumber);
        var roll = read.Import.Evaluation.Items.Single(e => e.Item.Id == readItem.Id).Roll;
        Assert.NotNull(roll);
        Assert.Equal((expected.PresentCount, expected.ProxiesInForceCount, expected.Voters), (roll.PresentCount, roll.ProxiesInForceCount, roll.Voters));
        Assert.Equal(record.Sitting.Proxies.Count, read.Import.Sitting.Proxies.Count);
        Assert.True(PdfTools.Page1InkRatio(path) > 0.01);
    }
}
