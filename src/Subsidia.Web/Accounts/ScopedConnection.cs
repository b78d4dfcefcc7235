using System.Data.Common;

namespace Subsidia.Web.Accounts;

/// <summary>
/// The database connection of one request, shared by <see cref="Data.SubsidiaDbContext"/> and
/// <see cref="AccountsDbContext"/> so that <see cref="AuditLog.SaveAndRecordAsync"/> can commit a change and its audit
/// line in one transaction. Disposed with the request.
/// </summary>
public sealed class ScopedConnection(DbConnection connection) : IAsyncDisposable, IDisposable
{
    public DbConnection Connection { get; } = connection ?? throw new ArgumentNullException(nameof(connection));

    public ValueTask DisposeAsync() => Connection.DisposeAsync();

    public void Dispose() => Connection.Dispose();
}
