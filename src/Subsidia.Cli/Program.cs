using System.CommandLine;
using Subsidia.Cli;

var root = new RootCommand("Subsidia : délibérations et subventions des collectivités.");
var database = new Option<string?>("--database")
{
    Description = "Base de données : chemin SQLite ou chaîne de connexion PostgreSQL (par défaut ./data/subsidia.db).",
    Recursive = true,
};
root.Options.Add(database);
Commands.Register(root, database);
return await root.Parse(args).InvokeAsync();
