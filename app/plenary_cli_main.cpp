// plenary-cli: Plenary without a window.
#include "CliCommands.h"
#include "Credentials.h"
#include "DataPaths.h"
#include "KeychainCredentialStore.h"
#include "PlenaryVersion.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Plenary;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Plenary"));
    // The same data location as the GUI.
    QCoreApplication::setApplicationName(QStringLiteral("plenary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLENARY_VERSION_STRING));
    installTranslators(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "plenary-cli",
        "Plenary without a window.\n\nCommands:\n"
        "  info           print the current meeting (the demo meeting on first start)\n"
        "  import FILE    import a meeting.json manifest and make it the current meeting"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("plenary-cli", "Keep the database and documents in <dir>."),
        QCoreApplication::translate("plenary-cli", "dir"));
    parser.addOption(dataDir);
    const QCommandLineOption jobs(
        QStringLiteral("jobs"),
        QCoreApplication::translate("plenary-cli",
                                    "Parallel transfers for sync (1-32, default 6)."),
        QCoreApplication::translate("plenary-cli", "n"), QStringLiteral("6"));
    parser.addOption(jobs);
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("plenary-cli", "Print the result of sync as JSON."));
    parser.addOption(json);
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("plenary-cli",
                                    "User name for a server that asks for one (sync); the "
                                    "password is read from PLENARY_PASSWORD or asked for."),
        QCoreApplication::translate("plenary-cli", "name"));
    parser.addOption(user);
    const QCommandLineOption savePassword(
        QStringLiteral("save-password"),
        QCoreApplication::translate("plenary-cli",
                                    "Remember the password given with --user in the desktop "
                                    "keychain, for later syncs and for Plenary."));
    parser.addOption(savePassword);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("plenary-cli", "info | import | sync"));
    parser.addPositionalArgument(
        QStringLiteral("args"),
        QCoreApplication::translate("plenary-cli", "Arguments of the command."),
        QCoreApplication::translate("plenary-cli", "[args...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "plenary-cli: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) {
        out << "plenary-cli " << PLENARY_VERSION_STRING << Qt::endl;
        return 0;
    }

    const DataPaths paths =
        parser.isSet(dataDir) ? DataPaths::at(parser.value(dataDir)) : DataPaths::standard();
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command == QLatin1String("info") && args.size() == 1)
        return Cli::info(paths, out, err);
    if (command == QLatin1String("import") && args.size() == 2)
        return Cli::import(paths, args.at(1), out, err);
    if (command == QLatin1String("sync") && args.size() == 2) {
        bool ok = false;
        const int n = parser.value(jobs).toInt(&ok);
        if (!ok || n < 1 || n > 32) {
            err << QCoreApplication::translate("plenary-cli",
                                               "plenary-cli: --jobs takes a number from 1 to 32")
                << Qt::endl;
            return 2;
        }
        Cli::SyncArguments sync;
        sync.url = args.at(1);
        sync.jobs = n;
        sync.json = parser.isSet(json);
        sync.user = parser.value(user);
        sync.savePassword = parser.isSet(savePassword);
        // PLENARY_NO_KEYCHAIN: scripts and tests that must not touch the
        // user's keychain keep credentials for the run only.
        std::unique_ptr<CredentialStore> credentials;
        if (qEnvironmentVariableIsSet("PLENARY_NO_KEYCHAIN"))
            credentials = std::make_unique<MemoryCredentialStore>();
        else
            credentials = std::make_unique<KeychainCredentialStore>();
        return Cli::sync(paths, sync, *credentials, out, err);
    }

    if (command.isEmpty())
        err << QCoreApplication::translate(
                   "plenary-cli", "plenary-cli: no command given; try 'plenary-cli --help'")
            << Qt::endl;
    else if (command == QLatin1String("info") || command == QLatin1String("import") ||
             command == QLatin1String("sync"))
        err << QCoreApplication::translate(
                   "plenary-cli", "plenary-cli: wrong arguments for '%1'; try 'plenary-cli --help'")
                   .arg(command)
            << Qt::endl;
    else
        err << QCoreApplication::translate(
                   "plenary-cli", "plenary-cli: unknown command '%1'; try 'plenary-cli --help'")
                   .arg(command)
            << Qt::endl;
    return 2;
}
