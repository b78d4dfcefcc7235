using Subsidia.Domain.Identifiers;

namespace Subsidia.Domain.Subsidies.Beneficiaries;

/// <summary>The legal form of a beneficiary.</summary>
public enum LegalForm
{
    /// <summary>Association loi 1901 (or local law in Alsace-Moselle).</summary>
    Association,
    /// <summary>Fondation or fonds de dotation.</summary>
    Foundation,
    /// <summary>A company (société, entreprise individuelle).</summary>
    Company,
    /// <summary>A public body (établissement public, GIP, commune).</summary>
    PublicBody,
    Other,
}

/// <summary>The person who represents a beneficiary or an authority ("représenté par son Président, Monsieur Etienne BOYER").</summary>
public sealed class Representative
{
    private Representative() { Name = ""; Title = ""; }

    public Representative(string name, string title, string? civility = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Name = name.Trim();
        Title = title.Trim();
        Civility = civility;
    }

    /// <summary>"Etienne BOYER".</summary>
    public string Name { get; private set; }
    /// <summary>"Président", "Présidente".</summary>
    public string Title { get; private set; }
    /// <summary>"Monsieur", "Madame".</summary>
    public string? Civility { get; private set; }
}

/// <summary>A postal address.</summary>
public sealed class PostalAddress
{
    private PostalAddress() { Line = ""; PostalCode = ""; City = ""; }

    public PostalAddress(string line, string postalCode, string city)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        Line = line?.Trim() ?? "";
        PostalCode = postalCode?.Trim() ?? "";
        City = city.Trim();
    }

    public string Line { get; private set; }
    public string PostalCode { get; private set; }
    public string City { get; private set; }
}

/// <summary>
/// A beneficiary (association, company…) and its history of grants across years and funders, shown whenever a new
/// grant is instructed.
/// </summary>
/// <remarks>
/// The history feeds R-22 (yearly total per authority, loi 2000-321 art. 10) and R-30 (de minimis, rolling three years).
/// </remarks>
public sealed class Beneficiary
{
    private readonly List<GrantRecord> _history = [];

    private Beneficiary() { Name = ""; }

    public Beneficiary(Guid id, string name, LegalForm legalForm, bool hasEconomicActivity = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name.Trim();
        LegalForm = legalForm;
        HasEconomicActivity = hasEconomicActivity;
    }

    public Guid Id { get; private set; }
    /// <summary>"Association Campus des Métiers et des Qualifications Microtechniques et Systèmes Intelligents".</summary>
    public string Name { get; private set; }
    /// <summary>A short name ("CMQ MSI").</summary>
    public string? ShortName { get; private set; }
    public LegalForm LegalForm { get; private set; }
    /// <summary>Carries on an economic activity: an undertaking for the de minimis rules .</summary>
    public bool HasEconomicActivity { get; private set; }
    /// <summary>The SIRET (14 digits, checked by <see cref="Identifiers.Siret"/>); null when not known.</summary>
    public string? Siret { get; private set; }
    /// <summary>The RNA number of an association (W + 9 digits); null when not known.</summary>
    public string? Rna { get; private set; }
    public Representative? Representative { get; private set; }
    public PostalAddress? Address { get; private set; }
    /// <summary>Grants received, from this and other funders, in date order.</summary>
    public IReadOnlyList<GrantRecord> History => _history;

    public void Rename(string name, string? shortName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        ShortName = string.IsNullOrWhiteSpace(shortName) ? null : shortName.Trim();
    }

    /// <summary>Sets the SIRET; refuses one whose checksum fails, with the French reason.</summary>
    public void SetSiret(string? siret)
    {
        if (string.IsNullOrWhiteSpace(siret))
        {
            Siret = null;
            return;
        }

        if (!Identifiers.Siret.TryParse(siret, out var parsed, out var error))
        {
            throw new ArgumentException(error, nameof(siret));
        }

        Siret = parsed.Value;
    }

    /// <summary>Sets the RNA number (W followed by 9 characters).</summary>
    public void SetRna(string? rna)
    {
        if (string.IsNullOrWhiteSpace(rna))
        {
            Rna = null;
            return;
        }

        var value = rna.Trim().ToUpperInvariant();
        if (!Identifiers.Rna.IsValid(value))
        {
            throw new ArgumentException($"« {rna} » n'est pas un numéro RNA : W suivi de 9 chiffres.", nameof(rna));
        }

        Rna = value;
    }

    public void SetRepresentative(Representative? representative) => Representative = representative;

    /// <summary>Records the legal form once known (an imported deliberation does not always state it).</summary>
    public void SetLegalForm(LegalForm legalForm) => LegalForm = legalForm;

    public void SetAddress(PostalAddress? address) => Address = address;

    /// <summary>Records a grant in the history (one of this system's grant files, or one recalled by a document).</summary>
    /// <param name="year">The budget year the grant belongs to.</param>
    /// <param name="funderId">The granting authority's id, when known.</param>
    /// <param name="funderName">The granting authority's name.</param>
    /// <param name="amount">The amount granted.</param>
    /// <param name="grantedOn">The date of the attribution decision, when known (needed for de minimis).</param>
    /// <param name="grantFileId">The grant file, when the grant is managed here.</param>
    /// <param name="inKind">A subsidy in kind (counted for R-22).</param>
    /// <param name="deMinimis">Declared as de minimis aid .</param>
    public GrantRecord RecordGrant(int year, Guid? funderId, string funderName, decimal amount, DateOnly? grantedOn = null,
        Guid? grantFileId = null, bool inKind = false, bool deMinimis = false)
    {
        if (grantFileId is not null && _history.Any(h => h.GrantFileId == grantFileId))
        {
            throw new InvalidOperationException("Cette subvention figure déjà dans l'historique du bénéficiaire.");
        }

        var record = new GrantRecord(Guid.NewGuid(), year, funderId, funderName, amount, grantedOn, grantFileId, inKind, deMinimis);
        _history.Add(record);
        _history.Sort((a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year) : Nullable.Compare(a.GrantedOn, b.GrantedOn));
        return record;
    }

    /// <summary>Total granted by <paramref name="funderId"/> for <paramref name="year"/>, in cash and in kind.</summary>
    public decimal YearlyTotal(Guid funderId, int year) =>
        _history.Where(h => h.FunderId == funderId && h.Year == year).Sum(h => h.Amount);

    /// <summary>Yearly totals from one funder, by year.</summary>
    public IReadOnlyList<(int Year, decimal Amount)> YearlyTotals(Guid funderId) =>
        _history.Where(h => h.FunderId == funderId).GroupBy(h => h.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Sum(h => h.Amount))).ToList();
}

/// <summary>A grant in a beneficiary's history.</summary>
public sealed class GrantRecord
{
    private GrantRecord() { FunderName = ""; }

    internal GrantRecord(Guid id, int year, Guid? funderId, string funderName, decimal amount, DateOnly? grantedOn, Guid? grantFileId,
        bool inKind, bool deMinimis)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(funderName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        Id = id;
        Year = year;
        FunderId = funderId;
        FunderName = funderName.Trim();
        Amount = amount;
        GrantedOn = grantedOn;
        GrantFileId = grantFileId;
        InKind = inKind;
        DeMinimis = deMinimis;
    }

    public Guid Id { get; private set; }
    public int Year { get; private set; }
    public Guid? FunderId { get; private set; }
    public string FunderName { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly? GrantedOn { get; private set; }
    public Guid? GrantFileId { get; private set; }
    public bool InKind { get; private set; }
    public bool DeMinimis { get; private set; }
}
