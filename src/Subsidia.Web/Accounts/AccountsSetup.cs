using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Subsidia.Data;

namespace Subsidia.Web.Accounts;

/// <summary>Wires accounts, cookies, policies and the audit log into the web application.</summary>
public static class AccountsSetup
{
    public static DbContextOptionsBuilder UseAccountsDatabase(this DbContextOptionsBuilder builder, string connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (Database.EngineOf(connection) == DatabaseEngine.PostgreSql)
        {
            builder.UseNpgsql(connection, o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable));
        }
        else
        {
            builder.UseSqlite(Database.NormaliseSqlite(connection), o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable));
        }

        // Hand-written migrations, no model snapshot (docs/decisions/0003).
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    /// <summary>Configures the accounts context on the request's shared connection (<see cref="ScopedConnection"/>).</summary>
    public static DbContextOptionsBuilder UseAccountsDatabase(this DbContextOptionsBuilder builder, System.Data.Common.DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is Npgsql.NpgsqlConnection)
        {
            builder.UseNpgsql(connection, o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable));
        }
        else
        {
            builder.UseSqlite(connection, o => o.MigrationsHistoryTable(AccountsDbContext.HistoryTable));
        }

        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }

    public static IServiceCollection AddSubsidiaAccounts(this IServiceCollection services, string connection)
    {
        // French pages: Razor writes é, è, à… as themselves rather than as numeric entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // One connection per request for both contexts: a change and its audit line commit together (docs/decisions/0008).
        services.TryAddScoped(_ => new ScopedConnection(Database.CreateConnection(connection)));
        services.AddDbContext<AccountsDbContext>((sp, o) => o.UseAccountsDatabase(sp.GetRequiredService<ScopedConnection>().Connection));
        services.AddScoped<AuditLog>();
        services.AddScoped<AccountService>();
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireDigit = false;
                o.User.RequireUniqueEmail = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.AccessDeniedPath = "/erreur/403";
            o.Cookie.Name = "subsidia";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // The server answers 403 (and 401 on the API) itself: no redirect hides a refused write.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api") || !HttpMethods.IsGet(context.Request.Method))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.EditSittings, p => p.RequireRole(Roles.Secretariat, Roles.Administrator))
            .AddPolicy(Policies.EditGrants, p => p.RequireRole(Roles.GrantsOfficer, Roles.Administrator))
            .AddPolicy(Policies.OrderPayments, p => p.RequireRole(Roles.FinanceOfficer, Roles.Administrator))
            .AddPolicy(Policies.Import, p => p.RequireRole(Roles.Secretariat, Roles.Administrator))
            .AddPolicy(Policies.Administer, p => p.RequireRole(Roles.Administrator));
        return services;
    }

    /// <summary>
    /// Migrates the accounts tables, creates the roles, and creates the first administrator from configuration
    /// (Subsidia:Admin:UserName and Subsidia:Admin:Password) when no account exists yet.
    /// </summary>
    public static async Task InitialiseAccountsAsync(this IServiceProvider services, IConfiguration configuration)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        await db.Database.MigrateAsync();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var userName = configuration["Subsidia:Admin:UserName"];
        var password = configuration["Subsidia:Admin:Password"];
        if (!string.IsNullOrWhiteSpace(userName) && !string.IsNullOrEmpty(password) && !await db.Users.AnyAsync())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var result = await accounts.CreateAsync(null, userName, password, [Roles.Administrator], CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Premier administrateur refusé : " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    /// <summary>French error pages (403, 404…), authentication and authorisation.</summary>
    public static WebApplication UseSubsidiaAccounts(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        // Routing after the status code pages, so that a re-executed request (403 → /erreur/403) is routed again.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
