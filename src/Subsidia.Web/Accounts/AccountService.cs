using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Subsidia.Web.Accounts;

/// <summary>An account as the administration page shows it.</summary>
public sealed record AccountView(string Id, string UserName, IReadOnlyList<string> Roles, bool LockedOut);

/// <summary>Creates accounts and changes their roles, each change written to the audit log.</summary>
public sealed class AccountService(UserManager<IdentityUser> users, AccountsDbContext db, AuditLog audit)
{
    public Task<bool> AnyAsync(CancellationToken ct) => db.Users.AnyAsync(ct);

    public async Task<IReadOnlyList<AccountView>> ListAsync(CancellationToken ct)
    {
        var rows = await (from u in db.Users
                          select new { u.Id, u.UserName, u.LockoutEnd, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
            .ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return rows.OrderBy(r => r.UserName, StringComparer.Ordinal)
            .Select(r => new AccountView(r.Id, r.UserName ?? "", r.Roles.Where(x => x is not null).Select(x => x!).Order(StringComparer.Ordinal).ToList(), r.LockoutEnd > now))
            .ToList();
    }

    /// <summary>Creates an account with its roles; <paramref name="by"/> is null for the first administrator.</summary>
    public async Task<IdentityResult> CreateAsync(ClaimsPrincipal? by, string userName, string password, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var unknown = roles.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"Rôle inconnu : {string.Join(", ", unknown)}." });
        }

        var user = new IdentityUser(userName.Trim());
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        if (roles.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, roles);
            if (!added.Succeeded)
            {
                return added;
            }
        }

        await audit.AppendAsync(by?.Identity?.Name ?? user.UserName!, "compte.creation", "Account", user.Id, null,
            AuditLog.Snapshot(new { userName = user.UserName, roles = roles.Order(StringComparer.Ordinal).ToList() }), ct);
        return IdentityResult.Success;
    }

    /// <summary>Replaces the roles of an account.</summary>
    public async Task<IdentityResult> SetRolesAsync(ClaimsPrincipal by, string userId, IReadOnlyCollection<string> roles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return IdentityResult.Failed(new IdentityError { Code = "UnknownUser", Description = "Compte introuvable." });
        }

        var before = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var wanted = roles.Where(Roles.All.Contains).Order(StringComparer.Ordinal).ToList();
        var removed = await users.RemoveFromRolesAsync(user, before.Except(wanted));
        var added = await users.AddToRolesAsync(user, wanted.Except(before));
        if (!removed.Succeeded || !added.Succeeded)
        {
            return removed.Succeeded ? added : removed;
        }

        await audit.RecordAsync(by, "compte.roles", "Account", user.Id, new { userName = user.UserName, roles = before },
            new { userName = user.UserName, roles = wanted }, ct);
        return IdentityResult.Success;
    }
}

/// <summary>Identity's messages in French.</summary>
public sealed class FrenchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Le mot de passe doit compter au moins {length} caractères." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"L'identifiant « {userName} » est déjà pris." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"L'identifiant « {userName} » n'est pas valide (lettres, chiffres, - . _ @ +)." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Le mot de passe doit contenir une minuscule." };
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => new() { Code = nameof(PasswordRequiresUniqueChars), Description = $"Le mot de passe doit contenir au moins {uniqueChars} caractères différents." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Opération refusée." };
}
