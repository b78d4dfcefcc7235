namespace Subsidia.Reading.Tests;

/// <summary>Publication and prefecture receipt: read from the document, carried by the acts it holds, never guessed.</summary>
public sealed class FormalitiesTests
{
    [Fact]
    public void Seed2012_PrefectureStamp_IsTheActsReceipt()
    {
        var read = Fixture.Read(Fixture.Seed2012);

        Assert.Equal("2012-05-16", read.Extract.PrefectureReceivedOn);
        var act = read.Import.Sitting.Items.Single(i => i.ActNumber is not null);
        Assert.Equal(new DateOnly(2012, 5, 16), act.PrefectureReceivedOn);
        Assert.Null(act.PublishedOn);
    }

    [Fact]
    public void Seed2024_PublicationDate_IsTheActsPublication_AndNoReceiptIsInvented()
    {
        var read = Fixture.Read(Fixture.Seed2024);

        Assert.Null(read.Extract.PrefectureReceivedOn);
        var act = read.Import.Sitting.Items.Single(i => i.ActNumber is not null);
        Assert.Equal(new DateOnly(2024, 12, 12), act.PublishedOn);
        Assert.Null(act.PrefectureReceivedOn);
    }

    [Theory]
    [InlineData("Accusé de réception en préfecture\n025-212500565-20250310-DEL2025_014-DE\nDate de télétransmission : 11/03/2025\nDate de réception préfecture : 12/03/2025", "2025-03-12")]
    [InlineData("PRÉFECTURE DE LA MAYENNE\nContrôle de légalité\n\nReçu le 23 novembre 2012", "2012-11-23")]
    [InlineData("Transmis au contrôle de légalité, reçue le 4 avril 2019", "2019-04-04")]
    [InlineData("Affiché le 30 mars 2023\nReçu en préfecture le 28 mars 2023", "2023-03-28")]
    [InlineData("Acte reçu à la sous-préfecture de Dole le 2 octobre 2013", "2013-10-02")]
    public void ReceiptForms_AreRead(string stamp, string expected)
    {
        var read = DeliberationReader.ReadText(Extract(stamp), "stamp.txt");

        Assert.Equal(expected, read.Extract.PrefectureReceivedOn);
    }

    [Fact]
    public void AReceivedDate_AwayFromThePrefecture_IsNotAReceipt()
    {
        var read = DeliberationReader.ReadText(Extract("Vu la demande de l'association reçue le 2 février 2019,"), "body.txt");

        Assert.Null(read.Extract.PrefectureReceivedOn);
    }

    private static string Extract(string tail) => $"""
        COMMUNE DE SAINT-EXEMPLE
        EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
        Séance du 28 mars 2019
        Membres en exercice : 15 - Présents : 11 - Votants : 12
        Présents : M. Jean DUPONT, Mme Anne MARTIN, M. Paul DURAND, Mme Claire PETIT, M. Louis MOREAU, Mme Julie LEROY,
        M. Marc ROUX, Mme Sophie FOURNIER, M. Luc GIRARD, Mme Emma BONNET, M. Hugo FAURE
        Délibération n° 2019-014 : Subvention à l'association des Amis du lavoir
        Adopté à l'unanimité.
        {tail}
        """;
}
