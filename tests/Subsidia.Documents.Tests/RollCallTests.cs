using Subsidia.Documents.Assemblies;
using Subsidia.Documents.Docx;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Common;

namespace Subsidia.Documents.Tests;

[Collection(RendererGroup.Name)]
public class RollCallTests(RendererFixture fixture)
{
    private static (SittingRecord Record, AgendaItem Adopted, AgendaItem Rejected) SmallCouncil()
    {
        var authority = new Authority(StableId.For("authority", "Commune test"), "Commune de Test");
        var assembly = new Assembly(StableId.For("assembly", "Commune test", "Conseil municipal"), authority.Id, "Conseil municipal", AssemblyKind.Council);
        var sitting = new Sitting(StableId.For("sitting", "Commune test", "2025-03-10"), assembly.Id, new DateOnly(2025, 3, 10), 5);
        sitting.Describe("Salle du conseil", new DateOnly(2025, 3, 3), null, new TimeOnly(19, 0), new TimeOnly(21, 30));
        sitting.SetOrderOfPassage(PositionScheme.Report, ["1", "2"]);
        var script = new SittingScript(assembly, sitting);
        var martin = script.Present(null, "Mme", "Anne", "MARTIN");
        var bernard = script.Present(null, "M.", "Paul", "BERNARD");
        var petit = script.Present(null, "Mme", "Claire", "PETIT");
        var durand = script.Present(null, "M.", "Louis", "DURAND", to: "1");
        var leroy = script.Absent(null, "M.", "Marc", "LEROY");
        sitting.AddProxy(leroy.Id, bernard.Id);
        sitting.SetSecretary(petit.Id);
        sitting.AddChair(martin.Id);

        var adopted = sitting.AddItem("1", "Subvention au comité des fêtes", positionKey: "1", actNumber: "2025-001");
        adopted.SetVoteMode(VoteMode.RollCall);
        adopted.RecordMemberVote(martin.Id, VoteChoice.For);
        adopted.RecordMemberVote(bernard.Id, VoteChoice.For);
        adopted.RecordMemberVote(bernard.Id, VoteChoice.For, onBehalfOf: leroy.Id);
        adopted.RecordMemberVote(petit.Id, VoteChoice.Against);
        adopted.RecordMemberVote(durand.Id, VoteChoice.Abstain);
        adopted.RecordTally(3, 1, 1, null, unanimous: false);

        var rejected = sitting.AddItem("2", "Vente d'un terrain communal", positionKey: "2", actNumber: "2025-002");
        rejected.RecordTally(1, 3, 0, null, unanimous: false);
        return (SittingRecord.Evaluate(authority, assembly, sitting), adopted, rejected);
    }

    [Fact]
    public void RollCallVote_NamesEachVoterAndTheProxy()
    {
        var (record, adopted, _) = SmallCouncil();

        var text = PdfTools.Flat(XhtmlToDocx.ReadText(fixture.Renderer.ExtractDocx(record, adopted)));

        Assert.Contains("Extrait du registre des délibérations du Conseil municipal", text);
        Assert.Contains("M. Louis DURAND (jusqu'au 1)", text);
        Assert.Contains("M. Marc LEROY donne pouvoir à M. Paul BERNARD", text);
        Assert.Contains("4 membres présents et 1 pouvoir en vigueur, soit 5 votants", text);
        Assert.Contains("À la majorité des suffrages exprimés, le Conseil municipal adopte les propositions du rapport.", text);
        Assert.Contains("Rapport adopté :", text);
        Assert.Contains("Vote par scrutin public. Pour : Mme Anne MARTIN, M. Paul BERNARD et M. Marc LEROY (par M. Paul BERNARD). Contre : Mme Claire PETIT. Abstention : M. Louis DURAND.", text);
    }

    [Fact]
    public void RejectedItem_IsStatedAsRejected()
    {
        var (record, _, rejected) = SmallCouncil();

        var text = PdfTools.Flat(XhtmlToDocx.ReadText(fixture.Renderer.ExtractDocx(record, rejected)));

        Assert.Contains("Rapport rejeté :", text);
        Assert.Contains("Pour : 1", text);
        Assert.Contains("Contre : 3", text);
        Assert.Contains("Le Conseil municipal rejette les propositions du rapport.", text);
    }
}
