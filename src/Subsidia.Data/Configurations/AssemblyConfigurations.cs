using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Subsidia.Domain.Assemblies;

namespace Subsidia.Data.Configurations;

internal sealed class AuthorityConfiguration : IEntityTypeConfiguration<Authority>
{
    public void Configure(EntityTypeBuilder<Authority> b)
    {
        b.ToTable("Authorities");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(300).IsRequired();
        b.Property(x => x.Siren).HasMaxLength(9);
        b.Property(x => x.DepartmentCode).HasMaxLength(3);
        b.Property(x => x.Siret).HasMaxLength(14);
    }
}

internal sealed class AssemblyConfiguration : IEntityTypeConfiguration<Assembly>
{
    public void Configure(EntityTypeBuilder<Assembly> b)
    {
        b.ToTable("Assemblies");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.HasOne<Authority>().WithMany().HasForeignKey(x => x.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.AssemblyId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> b)
    {
        b.ToTable("Members");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.FamilyName).HasMaxLength(120).IsRequired();
        b.Property(x => x.GivenName).HasMaxLength(120);
        b.Property(x => x.Civility).HasMaxLength(10);
        b.Property(x => x.Commune).HasMaxLength(120);
        b.Ignore(x => x.FullName);
        b.HasIndex(x => new { x.AssemblyId, x.FamilyName });
    }
}

internal sealed class SittingConfiguration : IEntityTypeConfiguration<Sitting>
{
    public void Configure(EntityTypeBuilder<Sitting> b)
    {
        b.ToTable("Sittings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Place).HasMaxLength(300);
        b.Ignore(x => x.IsSigned);
        b.HasOne<Assembly>().WithMany().HasForeignKey(x => x.AssemblyId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.AssemblyId, x.Date });

        b.HasMany(x => x.Positions).WithOne().HasForeignKey("SittingId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Items).WithOne().HasForeignKey("SittingId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Attendances).WithOne().HasForeignKey("SittingId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Proxies).WithOne().HasForeignKey("SittingId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Chairs).WithOne().HasForeignKey("SittingId").OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Sitting.Positions), nameof(Sitting.Items), nameof(Sitting.Attendances), nameof(Sitting.Proxies), nameof(Sitting.Chairs) })
        {
            b.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class SittingPositionConfiguration : IEntityTypeConfiguration<SittingPosition>
{
    public void Configure(EntityTypeBuilder<SittingPosition> b)
    {
        b.ToTable("SittingPositions");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Key).HasMaxLength(40).IsRequired();
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> b)
    {
        b.ToTable("Attendances");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.From).HasMaxLength(40);
        b.Property(x => x.To).HasMaxLength(40);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.ReplacesMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Gaps).WithOne().HasForeignKey("AttendanceId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Gaps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AttendanceGapConfiguration : IEntityTypeConfiguration<AttendanceGap>
{
    public void Configure(EntityTypeBuilder<AttendanceGap> b)
    {
        b.ToTable("AttendanceGaps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.From).HasMaxLength(40);
        b.Property(x => x.To).HasMaxLength(40);
    }
}

internal sealed class ProxyConfiguration : IEntityTypeConfiguration<Proxy>
{
    public void Configure(EntityTypeBuilder<Proxy> b)
    {
        b.ToTable("Proxies");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.From).HasMaxLength(40);
        b.Property(x => x.To).HasMaxLength(40);
        b.Property(x => x.MandateReference).HasMaxLength(100);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.GrantorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.HolderId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChairTermConfiguration : IEntityTypeConfiguration<ChairTerm>
{
    public void Configure(EntityTypeBuilder<ChairTerm> b)
    {
        b.ToTable("ChairTerms");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.From).HasMaxLength(40);
        b.Property(x => x.To).HasMaxLength(40);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> b)
    {
        b.ToTable("AgendaItems");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Number).HasMaxLength(40).IsRequired();
        b.Property(x => x.Title).HasMaxLength(2000).IsRequired();
        b.Property(x => x.PositionKey).HasMaxLength(40);
        b.Property(x => x.ActNumber).HasMaxLength(60);
        b.Property(x => x.Rapporteur).HasMaxLength(200);
        b.Property(x => x.Committee).HasMaxLength(200);
        b.Property(x => x.CommitteeOpinion).HasMaxLength(200);
        b.Property(x => x.Matter).HasMaxLength(20);
        b.Property(x => x.PrefectureActId).HasMaxLength(80);
        b.Ignore(x => x.ExecutoryOn);
        b.HasIndex(x => x.ActNumber);
        b.ComplexProperty(x => x.Recorded, r =>
        {
            r.Property(t => t.For).HasColumnName("RecordedFor");
            r.Property(t => t.Against).HasColumnName("RecordedAgainst");
            r.Property(t => t.Abstain).HasColumnName("RecordedAbstain");
            r.Property(t => t.NotTakingPart).HasColumnName("RecordedNotTakingPart");
            r.Property(t => t.Unanimous).HasColumnName("RecordedUnanimous");
            r.Ignore(t => t.HasCounts);
        });
        b.HasMany(x => x.Interests).WithOne().HasForeignKey("AgendaItemId").OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.MemberVotes).WithOne().HasForeignKey("AgendaItemId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Interests).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(x => x.MemberVotes).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ItemInterestConfiguration : IEntityTypeConfiguration<ItemInterest>
{
    public void Configure(EntityTypeBuilder<ItemInterest> b)
    {
        b.ToTable("ItemInterests");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MemberVoteConfiguration : IEntityTypeConfiguration<MemberVote>
{
    public void Configure(EntityTypeBuilder<MemberVote> b)
    {
        b.ToTable("MemberVotes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Member>().WithMany().HasForeignKey(x => x.OnBehalfOfId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImportedDocumentConfiguration : IEntityTypeConfiguration<ImportedDocument>
{
    public void Configure(EntityTypeBuilder<ImportedDocument> b)
    {
        b.ToTable("ImportedDocuments");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        b.Property(x => x.FileName).HasMaxLength(400).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(40).IsRequired();
        b.HasIndex(x => x.Sha256).IsUnique();
    }
}
