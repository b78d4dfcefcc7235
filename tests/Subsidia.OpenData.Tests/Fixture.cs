namespace Subsidia.OpenData.Tests;

/// <summary>Paths of the files copied into Fixtures (the tests never read ../shared).</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public const string Valid = "scdl_subventions_v2.1.1_exemple_valide.csv";
    public const string CellErrors = "scdl_subventions_v2.1.1_exemple_invalide_erreurs_cellules.csv";
    public const string ColumnErrors = "scdl_subventions_v2.1.1_exemple_invalide_erreurs_colonnes.csv";
    public const string DuplicateColumn = "scdl_subventions_v2.1.1_exemple_invalide_colonne_dupliquee.csv";
    public const string Etalab = "etalab_format-subventions_exemple.csv";
    public const string Poitiers = "scdl-subv-oldformat_COM-Poitiers_2017.csv";
    public const string Somme = "scdl-subv_DEP-Somme_20180302_cp1252.csv";
    public const string HauteGaronne = "scdl-subv_HauteGaronne-datalocale_2017.csv";
    public const string Toulouse = "scdl-subv_ToulouseMetropole_2022_excel-mangled.csv";
}
