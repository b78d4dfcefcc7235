using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Subsidia.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests, started from the Debian binaries (no Docker here): initdb into a
/// temporary folder, pg_ctl on a free loopback port. scripts/test.sh starts one for the whole run and passes it in
/// SUBSIDIA_TEST_POSTGRES; a test run started by hand starts its own.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> AdminConnection = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's "postgres" database.</summary>
    public static string Admin => AdminConnection.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "subsidia_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(Admin);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0";
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(Admin) { Database = name, Pooling = false }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(Admin);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {name} WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    private static string Start()
    {
        var given = Environment.GetEnvironmentVariable("SUBSIDIA_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(Directory.Exists)
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "PostgreSQL introuvable : installez le paquet Debian postgresql (scripts/test.sh le fait) ou donnez SUBSIDIA_TEST_POSTGRES.");
        }

        var data = Path.Combine(Path.GetTempPath(), "subsidia-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(data);
        var port = FreePort();
        var root = Environment.UserName == "root";
        if (root)
        {
            Run("chown", "postgres:postgres", data);
        }

        RunAs(root, $"{bin}/initdb -D {data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        RunAs(root, $"{bin}/pg_ctl -D {data} -l {data}/log -w -o \"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off -c full_page_writes=off\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                RunAs(root, $"{bin}/pg_ctl -D {data} -m immediate -w stop");
                Directory.Delete(data, recursive: true);
            }
            catch (InvalidOperationException)
            {
                // The server is gone already.
            }
            catch (IOException)
            {
                // The folder is removed with the temporary folder.
            }
        };
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAs(bool root, string command)
    {
        if (root)
        {
            Run("su", "postgres", "-s", "/bin/bash", "-c", command);
        }
        else
        {
            Run("/bin/bash", "-c", command);
        }
    }

    private static void Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{file} n'a pas démarré.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} a échoué ({process.ExitCode}) : {stderr}{stdout.Result}");
        }
    }
}
