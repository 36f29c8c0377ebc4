// plenary-cli: Plenary without a window.
#include "CliCommands.h"
#include "CliExport.h"
#include "CliSearch.h"
#include "CliSession.h"
#include "CliSubmit.h"
#include "Credentials.h"
#include "DataPaths.h"
#include "KeychainCredentialStore.h"
#include "PlenaryVersion.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

using namespace Plenary;

namespace {
// Exporting lays text out with fonts, which takes a QGuiApplication; on the
// offscreen platform it needs no display. Every other command stays a
// QCoreApplication. (Decided before the arguments are parsed, which takes
// an application: an option's value that reads "export" costs only this.)
bool wantsFonts(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "export") == 0)
            return true;
    return false;
}
} // namespace

int main(int argc, char *argv[]) {
    std::unique_ptr<QCoreApplication> application;
    if (wantsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
        "  import FILE    import a meeting.json manifest and make it the current meeting\n"
        "  sync URL       sync a meeting folder from a web or FTP server\n"
        "  manifest DIR [--meeting FILE]\n"
        "                 print the meeting.json of the documents in DIR (sizes,\n"
        "                 SHA-256, numbers from the file names), with the meeting\n"
        "                 described in FILE\n"
        "  submit FILE... --number N [--to URL]\n"
        "                 submit a contribution to the meeting's drop folder, named\n"
        "                 the meeting's way (N: the number the secretariat gave)\n"
        "  allocate DOCUMENT --wg WG [--item ITEM]\n"
        "                 allocate a document to a working group and agenda item\n"
        "  current ITEM   make ITEM the agenda item being treated\n"
        "  outcome ITEM [--doc DOCUMENT]... --status STATUS [--text TEXT] [--to NEW]\n"
        "                 record an outcome (revised: --to is the new number, reserved\n"
        "                 when not given)\n"
        "  liaison new --title TITLE --to BODY [--for action|comment|information]\n"
        "              [--doc ATTACHMENT]... [--item ITEM]\n"
        "                 draft an outgoing liaison statement under ITEM (default: the\n"
        "                 current item); prints its id\n"
        "  session        print allocations (DOCUMENT WG ITEM), outcomes, liaisons\n"
        "  publish URL    publish the session to session.json on a WebDAV server\n"
        "  follow URL [--once]\n"
        "                 follow a published session (every 5 s until Ctrl+C)\n"
        "  index          bring the full-text index of the current meeting up to date\n"
        "  search WORDS... [--limit N]\n"
        "                 search the text of every document: one line per hit,\n"
        "                 document number first (\"a phrase\", prefix*)\n"
        "  export report|wg-report WG|liaison ID [--format pdf|odt|md] --out FILE\n"
        "                 export the meeting report, a working group's report or an\n"
        "                 outgoing liaison statement (the format follows FILE's\n"
        "                 extension when not given)"));
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
    auto valueOption = [&](const char *name, const char *description, const char *value) {
        QCommandLineOption option(QString::fromLatin1(name),
                                  QCoreApplication::translate("plenary-cli", description),
                                  QCoreApplication::translate("plenary-cli", value));
        parser.addOption(option);
        return option;
    };
    auto flagOption = [&](const char *name, const char *description) {
        QCommandLineOption option(QString::fromLatin1(name),
                                  QCoreApplication::translate("plenary-cli", description));
        parser.addOption(option);
        return option;
    };
    const auto wg = valueOption("wg", QT_TRANSLATE_NOOP("plenary-cli", "Working group (allocate)."),
                                QT_TRANSLATE_NOOP("plenary-cli", "wg"));
    const auto item =
        valueOption("item", QT_TRANSLATE_NOOP("plenary-cli", "Agenda item (allocate)."),
                    QT_TRANSLATE_NOOP("plenary-cli", "item"));
    const auto doc = valueOption(
        "doc",
        QT_TRANSLATE_NOOP("plenary-cli",
                          "Document the outcome is about, or a liaison's attachment; repeatable."),
        QT_TRANSLATE_NOOP("plenary-cli", "number"));
    const auto status = valueOption(
        "status",
        QT_TRANSLATE_NOOP("plenary-cli", "Outcome status, e.g. approved, noted, revised."),
        QT_TRANSLATE_NOOP("plenary-cli", "status"));
    const auto text = valueOption("text", QT_TRANSLATE_NOOP("plenary-cli", "Text of the outcome."),
                                  QT_TRANSLATE_NOOP("plenary-cli", "text"));
    const auto title =
        valueOption("title", QT_TRANSLATE_NOOP("plenary-cli", "Title of the liaison statement."),
                    QT_TRANSLATE_NOOP("plenary-cli", "title"));
    const auto to = valueOption(
        "to",
        QT_TRANSLATE_NOOP("plenary-cli", "Addressee of a liaison statement (repeatable), the new "
                                         "number of a revision, or the drop folder to submit "
                                         "to."),
        QT_TRANSLATE_NOOP("plenary-cli", "body"));
    const auto purpose =
        valueOption("for", QT_TRANSLATE_NOOP("plenary-cli", "What a liaison statement asks for."),
                    QT_TRANSLATE_NOOP("plenary-cli", "action|comment|information"));
    const auto exportFormat =
        valueOption("format", QT_TRANSLATE_NOOP("plenary-cli", "export: pdf, odt or md."),
                    QT_TRANSLATE_NOOP("plenary-cli", "format"));
    const auto outFile =
        valueOption("out", QT_TRANSLATE_NOOP("plenary-cli", "export: the file to write."),
                    QT_TRANSLATE_NOOP("plenary-cli", "file"));
    const auto limit = valueOption(
        "limit", QT_TRANSLATE_NOOP("plenary-cli", "search: at most this many hits (default 50)."),
        QT_TRANSLATE_NOOP("plenary-cli", "n"));
    const auto number = valueOption(
        "number", QT_TRANSLATE_NOOP("plenary-cli", "submit: the contribution's number (e.g. 42)."),
        QT_TRANSLATE_NOOP("plenary-cli", "n"));
    const auto meetingFile = valueOption(
        "meeting",
        QT_TRANSLATE_NOOP("plenary-cli", "manifest: the meeting.json that describes the meeting."),
        QT_TRANSLATE_NOOP("plenary-cli", "file"));
    const auto once = flagOption("once", QT_TRANSLATE_NOOP("plenary-cli", "follow: poll once."));
    const auto keepMine = flagOption(
        "keep-mine",
        QT_TRANSLATE_NOOP("plenary-cli", "publish: on a conflict, this copy's side wins."));
    const auto takeTheirs = flagOption(
        "take-theirs",
        QT_TRANSLATE_NOOP("plenary-cli", "publish: on a conflict, the server's side wins."));
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

    if (command == QLatin1String("manifest") && args.size() == 2)
        return Cli::manifest(args.at(1), parser.value(meetingFile), out, err);
    if (command == QLatin1String("submit") && args.size() >= 2) {
        Cli::SubmitArguments submit;
        submit.files = args.mid(1);
        submit.number = parser.value(number);
        submit.to = parser.value(to);
        submit.user = parser.value(user);
        submit.savePassword = parser.isSet(savePassword);
        submit.json = parser.isSet(json);
        if (submit.number.isEmpty()) {
            err << QCoreApplication::translate(
                       "plenary-cli",
                       "plenary-cli: submit needs --number, the number the secretariat gave")
                << Qt::endl;
            return 2;
        }
        std::unique_ptr<CredentialStore> credentials;
        if (qEnvironmentVariableIsSet("PLENARY_NO_KEYCHAIN"))
            credentials = std::make_unique<MemoryCredentialStore>();
        else
            credentials = std::make_unique<KeychainCredentialStore>();
        return Cli::submit(paths, submit, *credentials, out, err);
    }
    if (command == QLatin1String("index") && args.size() == 1)
        return Cli::index(paths, out, err);
    if (command == QLatin1String("search")) {
        bool ok = true;
        const int n = parser.isSet(limit) ? parser.value(limit).toInt(&ok) : 50;
        if (!ok || n < 1) {
            err << QCoreApplication::translate("plenary-cli",
                                               "plenary-cli: --limit takes a positive number")
                << Qt::endl;
            return 2;
        }
        return Cli::search(paths, args.mid(1).join(QLatin1Char(' ')), n, out, err);
    }
    if (command == QLatin1String("export"))
        return Cli::exportOutput(paths, args, parser.value(exportFormat), parser.value(outFile),
                                 out, err);

    if (Cli::isSessionCommand(command)) {
        Cli::SessionArguments s;
        s.workingGroup = parser.value(wg);
        s.item = parser.value(item);
        s.documents = parser.values(doc);
        s.status = parser.value(status);
        s.text = parser.value(text);
        s.title = parser.value(title);
        s.to = parser.values(to);
        s.purpose = parser.value(purpose);
        s.once = parser.isSet(once);
        s.keepMine = parser.isSet(keepMine);
        s.takeTheirs = parser.isSet(takeTheirs);
        s.user = parser.value(user);
        std::unique_ptr<CredentialStore> credentials;
        if (qEnvironmentVariableIsSet("PLENARY_NO_KEYCHAIN"))
            credentials = std::make_unique<MemoryCredentialStore>();
        else
            credentials = std::make_unique<KeychainCredentialStore>();
        return Cli::session(paths, args, s, *credentials, out, err);
    }

    if (command.isEmpty())
        err << QCoreApplication::translate(
                   "plenary-cli", "plenary-cli: no command given; try 'plenary-cli --help'")
            << Qt::endl;
    else if (command == QLatin1String("info") || command == QLatin1String("import") ||
             command == QLatin1String("sync") || command == QLatin1String("index") ||
             command == QLatin1String("submit") || command == QLatin1String("manifest"))
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
