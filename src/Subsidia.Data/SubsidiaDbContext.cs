using Microsoft.EntityFrameworkCore;
using Subsidia.Domain.Assemblies;
using Subsidia.Domain.Subsidies.Beneficiaries;
using Subsidia.Domain.Subsidies.Envelopes;
using Subsidia.Domain.Subsidies.Grants;

namespace Subsidia.Data;

/// <summary>
/// The database of Subsidia, on SQLite (embedded default) or PostgreSQL (scale-out). Used directly by the web
/// and the CLI: no repository layer (docs/decisions/0002).
/// </summary>
public sealed partial class SubsidiaDbContext(DbContextOptions<SubsidiaDbContext> options) : DbContext(options)
{
    public DbSet<Authority> Authorities => Set<Authority>();
    public DbSet<Assembly> Assemblies => Set<Assembly>();
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Sitting> Sittings => Set<Sitting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<ImportedDocument> ImportedDocuments => Set<ImportedDocument>();
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<BudgetProgramme> BudgetProgrammes => Set<BudgetProgramme>();
    public DbSet<Envelope> Envelopes => Set<Envelope>();
    public DbSet<GrantFile> GrantFiles => Set<GrantFile>();
    /// <summary>Every grant's obligations as the domain computes them, rewritten on each change of the grant (docs/decisions/0013).</summary>
    public DbSet<Obligations.StoredObligation> GrantObligations => Set<Obligations.StoredObligation>();
    public DbSet<Obligations.ObligationStamp> ObligationStamps => Set<Obligations.ObligationStamp>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Money and shares: exact decimals; numeric(18,4) on PostgreSQL, TEXT on SQLite (docs/decisions/0007).
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SubsidiaDbContext).Assembly);
    }

    /// <summary>Loads a sitting with everything the roll engine needs.</summary>
    public IQueryable<Sitting> SittingsWithEverything() => Sittings
        .Include(s => s.Positions)
        .Include(s => s.Attendances).ThenInclude(a => a.Gaps)
        .Include(s => s.Proxies)
        .Include(s => s.Chairs)
        .Include(s => s.Items).ThenInclude(i => i.Interests)
        .Include(s => s.Items).ThenInclude(i => i.MemberVotes)
        .AsSplitQuery();

    /// <summary>Loads grant files with their budget tree, programme, convention, schedule and documents.</summary>
    public IQueryable<GrantFile> GrantFilesWithEverything() => GrantFiles
        .Include(g => g.Budget).ThenInclude(b => b!.Sections)
            .ThenInclude(s => s.Lines.OrderBy(l => EF.Property<int>(l, BudgetLinePosition)))
            .ThenInclude(l => l.Children.OrderBy(c => EF.Property<int>(c, BudgetLinePosition)))
            .ThenInclude(c => c.Children.OrderBy(c => EF.Property<int>(c, BudgetLinePosition)))
        .Include(g => g.Programme).ThenInclude(p => p!.Objectives).ThenInclude(o => o.Actions)
        .Include(g => g.Programme).ThenInclude(p => p!.Objectives).ThenInclude(o => o.Deliverables)
        .Include(g => g.Programme).ThenInclude(p => p!.Objectives).ThenInclude(o => o.Indicators)
        .Include(g => g.Convention).ThenInclude(c => c!.Duties)
        .Include(g => g.Schedule).ThenInclude(s => s!.Instalments)
        .Include(g => g.Schedule).ThenInclude(s => s!.Orders)
        .Include(g => g.Schedule).ThenInclude(s => s!.Recoveries)
        .Include(g => g.Documents)
        .AsSplitQuery();

    /// <summary>Grant files with what their obligations are computed from (convention, schedule, documents), read-only:
    /// the obligations of every grant are listed without loading budgets and programmes.</summary>
    public IQueryable<GrantFile> GrantFilesForObligations() => GrantFiles.AsNoTracking()
        .Include(g => g.Convention).ThenInclude(c => c!.Duties)
        .Include(g => g.Schedule).ThenInclude(s => s!.Instalments)
        .Include(g => g.Schedule).ThenInclude(s => s!.Orders)
        .Include(g => g.Schedule).ThenInclude(s => s!.Recoveries)
        .Include(g => g.Documents)
        .AsSplitQuery();
}

/// <summary>A document already imported, by the SHA-256 of its content: importing it again changes nothing.</summary>
public sealed class ImportedDocument
{
    private ImportedDocument() { Sha256 = ""; FileName = ""; Kind = ""; }

    public ImportedDocument(Guid id, string sha256, string fileName, string kind, DateTimeOffset importedAt)
    {
        Id = id;
        Sha256 = sha256;
        FileName = fileName;
        Kind = kind;
        ImportedAt = importedAt;
    }

    public Guid Id { get; private set; }
    public string Sha256 { get; private set; }
    public string FileName { get; private set; }
    /// <summary>"deliberation" or "scdl-subventions".</summary>
    public string Kind { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
}
