#include "CliCommands.h"

#include "Credentials.h"
#include "DataPaths.h"
#include "DemoMeeting.h"
#include "ManifestBuilder.h"
#include "MeetingJson.h"
#include "Store.h"
#include "SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

namespace Plenary::Cli {

namespace {
bool openStore(Store &store, QTextStream &err) {
    if (store.open())
        return true;
    err << QCoreApplication::translate("plenary-cli", "plenary-cli: cannot open %1: %2")
               .arg(store.databasePath(), store.lastError())
        << Qt::endl;
    return false;
}
} // namespace

int info(const DataPaths &paths, QTextStream &out, QTextStream &err) {
    Store store(paths.databaseFile());
    if (!openStore(store, err))
        return 1;
    QString error;
    const auto id = DemoMeeting::ensureCurrentMeeting(store, paths, &error);
    if (!id) {
        err << QCoreApplication::translate("plenary-cli",
                                           "plenary-cli: cannot set up the demo meeting: %1")
                   .arg(error)
            << Qt::endl;
        return 1;
    }
    const auto m = store.loadMeeting(*id);
    if (!m) {
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1").arg(store.lastError())
            << Qt::endl;
        return 1;
    }
    int late = 0;
    for (const Document &d : m->documents)
        late += m->isLate(d) ? 1 : 0;
    const MeetingInfo &mi = m->meeting;
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << label.leftJustified(16) << value << '\n';
    };
    line(QCoreApplication::translate("plenary-cli", "Meeting:"), mi.title);
    line(QCoreApplication::translate("plenary-cli", "Id:"), mi.id);
    line(QCoreApplication::translate("plenary-cli", "Group:"), mi.group);
    line(QCoreApplication::translate("plenary-cli", "Place:"), mi.venue);
    if (mi.start.isValid())
        line(QCoreApplication::translate("plenary-cli", "Dates:"),
             QCoreApplication::translate("plenary-cli", "%1 to %2")
                 .arg(mi.start.toString(Qt::ISODate), mi.end.toString(Qt::ISODate)));
    if (mi.contributionDeadline.isValid())
        line(QCoreApplication::translate("plenary-cli", "Deadline:"),
             mi.contributionDeadline.toString(Qt::ISODate));
    line(QCoreApplication::translate("plenary-cli", "Chairman:"), mi.chair.displayName());
    line(QCoreApplication::translate("plenary-cli", "Agenda:"),
         QCoreApplication::translate("plenary-cli", "%n top-level item(s)", nullptr,
                                     int(m->agenda.size())) +
             QCoreApplication::translate("plenary-cli", ", %n in all", nullptr,
                                         int(m->flatAgenda().size())));
    line(QCoreApplication::translate("plenary-cli", "Working groups:"),
         QString::number(m->workingGroups.size()));
    line(QCoreApplication::translate("plenary-cli", "Documents:"),
         QCoreApplication::translate("plenary-cli", "%n document(s)", nullptr,
                                     int(m->documents.size())) +
             QCoreApplication::translate("plenary-cli", ", %n received after the deadline", nullptr,
                                         late));
    line(QCoreApplication::translate("plenary-cli", "Outcomes:"),
         QString::number(m->outcomes.size()));
    line(QCoreApplication::translate("plenary-cli", "Data folder:"), paths.root());
    out.flush();
    return 0;
}

int import(const DataPaths &paths, const QString &file, QTextStream &out, QTextStream &err) {
    // Parse first: a bad file must not even open (let alone change) the store.
    const auto parsed = MeetingJson::readFile(file);
    if (!parsed.meeting) {
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1").arg(parsed.error)
            << Qt::endl;
        return 1;
    }
    Store store(paths.databaseFile());
    if (!openStore(store, err))
        return 1;
    if (!store.importMeeting(*parsed.meeting)) {
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1: %2")
                   .arg(file, store.lastError())
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("plenary-cli", "Imported %1: %2 (%n document(s))", nullptr,
                                       int(parsed.meeting->documents.size()))
               .arg(parsed.meeting->meeting.id, parsed.meeting->meeting.title)
        << Qt::endl;
    return 0;
}

void keepUser(const QUrl &url, const QString &user, bool savePassword, CredentialStore &credentials,
              QTextStream &err) {
    QString password = qEnvironmentVariable("PLENARY_PASSWORD");
    if (password.isEmpty() && isatty(STDIN_FILENO)) {
        err << QCoreApplication::translate("plenary-cli", "Password for %1 at %2: ")
                   .arg(user, url.host())
            << Qt::flush;
        termios saved{};
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::string line;
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
        password = QString::fromStdString(line);
    }
    if (!credentials.save(CredentialStore::serverKey(url), {user, password}, savePassword))
        err << QCoreApplication::translate(
                   "plenary-cli", "plenary-cli: the password is not remembered: %1; it is used for "
                                  "this run only")
                   .arg(credentials.lastError())
            << Qt::endl;
}

int sync(const DataPaths &paths, const SyncArguments &args, CredentialStore &credentials,
         QTextStream &out, QTextStream &err) {
    const QString &urlText = args.url;
    const QString &user = args.user;
    const bool json = args.json;
    const QUrl url = QUrl::fromUserInput(urlText);
    if (!SyncEngine::canSync(url)) {
        err << QCoreApplication::translate(
                   "plenary-cli",
                   "plenary-cli: '%1' is not an http://, https://, ftp:// or ftps:// address")
                   .arg(urlText)
            << Qt::endl;
        return 2;
    }
    Store store(paths.databaseFile());
    if (!openStore(store, err))
        return 1;
    QNetworkAccessManager nam;
    SyncOptions options;
    options.jobs = args.jobs;
    SyncEngine engine(store, nam, paths, options);
    engine.setCredentialStore(&credentials);
    if (!user.isEmpty())
        keepUser(url, user, args.savePassword, credentials, err);
    const bool tty = isatty(STDERR_FILENO);
    const QLocale locale;
    QObject::connect(&engine, &SyncEngine::progress, &engine, [&](const SyncProgress &p) {
        if (!tty || json)
            return; // a progress line only where someone watches
        QString line =
            QCoreApplication::translate("plenary-cli", "%1/%2 files, %3 of %4, %5/s")
                .arg(p.filesDone)
                .arg(p.filesTotal)
                .arg(locale.formattedDataSize(p.bytesDone), locale.formattedDataSize(p.bytesTotal),
                     locale.formattedDataSize(qint64(p.bytesPerSecond)));
        if (p.secondsLeft >= 0)
            line +=
                QCoreApplication::translate("plenary-cli", ", %n s left", nullptr, p.secondsLeft);
        if (p.filesFailed)
            line +=
                QCoreApplication::translate("plenary-cli", ", %n failed", nullptr, p.filesFailed);
        err << '\r' << line.leftJustified(78) << Qt::flush;
    });
    SyncResult result;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncResult &r) {
        result = r;
        loop.quit();
    });
    engine.start(url);
    if (engine.isRunning())
        loop.exec();
    if (tty && !json)
        err << '\r' << QString(78, QLatin1Char(' ')) << '\r' << Qt::flush;

    if (json) {
        QJsonArray failures;
        for (const SyncFailure &f : result.failures)
            failures.append(QJsonObject{{QStringLiteral("number"), f.number},
                                        {QStringLiteral("name"), f.name},
                                        {QStringLiteral("reason"), f.reason}});
        const QJsonObject o{
            {QStringLiteral("ok"), result.ok},
            {QStringLiteral("meeting"), result.meetingId},
            {QStringLiteral("error"), result.error},
            {QStringLiteral("requests"), result.requests},
            {QStringLiteral("folders"), result.folders},
            {QStringLiteral("downloaded"), result.downloaded},
            {QStringLiteral("updated"), result.updated},
            {QStringLiteral("unchanged"), result.unchanged},
            {QStringLiteral("withdrawn"), result.withdrawn},
            {QStringLiteral("failures"), failures},
            {QStringLiteral("refused"), QJsonArray::fromStringList(result.refused)}};
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else if (result.error.isEmpty()) {
        out << QCoreApplication::translate(
                   "plenary-cli",
                   "%1: %2 downloaded, %3 updated, %4 unchanged, %5 withdrawn on server "
                   "(%n request(s))",
                   nullptr, result.requests)
                   .arg(result.meetingId)
                   .arg(result.downloaded)
                   .arg(result.updated)
                   .arg(result.unchanged)
                   .arg(result.withdrawn)
            << Qt::endl;
    }
    if (!result.error.isEmpty())
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1").arg(result.error)
            << Qt::endl;
    for (const SyncFailure &f : result.failures)
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1 (%2): %3")
                   .arg(f.number.isEmpty() ? f.name : f.number, f.name, f.reason)
            << Qt::endl;
    for (const QString &r : result.refused)
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: refused: %1").arg(r)
            << Qt::endl;
    if (result.cancelled)
        return 130;
    return result.ok ? 0 : 1;
}

int manifest(const QString &dir, const QString &meetingFile, QTextStream &out, QTextStream &err) {
    std::optional<MeetingData> base;
    if (!meetingFile.isEmpty()) {
        QFile f(meetingFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("plenary-cli", "plenary-cli: cannot read %1: %2")
                       .arg(meetingFile, f.errorString())
                << Qt::endl;
            return 1;
        }
        const auto parsed = MeetingJson::parse(f.readAll(), meetingFile);
        if (!parsed.meeting) {
            err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1").arg(parsed.error)
                << Qt::endl;
            return 1;
        }
        base = parsed.meeting;
    }
    const ManifestBuilder::Result result = ManifestBuilder::build(dir, base);
    for (const QString &s : result.skipped)
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: left out: %1").arg(s)
            << Qt::endl;
    if (!result.meeting) {
        err << QCoreApplication::translate("plenary-cli", "plenary-cli: %1").arg(result.error)
            << Qt::endl;
        return 1;
    }
    out << MeetingJson::serialize(*result.meeting);
    out.flush();
    return 0;
}

} // namespace Plenary::Cli
