#include "CliSubmit.h"

#include "CliCommands.h"
#include "CliOutput.h"
#include "Credentials.h"
#include "CurlMulti.h"
#include "DataPaths.h"
#include "Store.h"
#include "Submission.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

namespace Plenary::Cli {

int submit(const DataPaths &paths, const SubmitArguments &args, CredentialStore &credentials,
           QTextStream &out, QTextStream &err) {
    Store store(paths.databaseFile());
    if (!store.open()) {
        err << tr("plenary-cli: cannot open %1: %2").arg(paths.databaseFile(), store.lastError())
            << Qt::endl;
        return 1;
    }
    const auto meeting = store.loadMeeting(store.currentMeetingId());
    if (!meeting) {
        err << tr("plenary-cli: there is no current meeting; sync or import one first") << Qt::endl;
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUrl to = args.to.isEmpty() ? QUrl() : QUrl::fromUserInput(args.to);
    const SubmissionPlan plan = Submitter::plan(meeting->meeting, args.files, args.number, to, now);
    if (!plan.error.isEmpty()) {
        err << tr("plenary-cli: %1").arg(plan.error) << Qt::endl;
        if (plan.badNumber && !meeting->meeting.secretariatEmail.isEmpty())
            err << tr("plenary-cli: numbers are given by %1").arg(meeting->meeting.secretariatEmail)
                << Qt::endl;
        return 2;
    }
    if (plan.secondsLate > 0)
        err << tr("plenary-cli: warning: the contribution deadline (%1, end of the day, UTC) "
                  "passed %2 ago; the secretariat may not accept it for this meeting")
                   .arg(QLocale().toString(plan.deadline.addSecs(-1).date(), QLocale::LongFormat),
                        Submitter::durationText(plan.secondsLate))
            << Qt::endl;
    if (!args.user.isEmpty())
        keepUser(plan.folder, args.user, args.savePassword, credentials, err);

    QNetworkAccessManager nam;
    CurlMulti curl;
    Submitter submitter(nam, &credentials, curl);
    SubmissionResult result;
    QEventLoop loop;
    QObject::connect(&submitter, &Submitter::finished, &loop, [&](const SubmissionResult &r) {
        result = r;
        loop.quit();
    });
    submitter.submit(plan, now);
    if (submitter.isRunning())
        loop.exec();
    if (!result.submitted.isEmpty() &&
        !store.recordSubmissions(meeting->meeting.id, result.submitted))
        err << tr("plenary-cli: %1").arg(store.lastError()) << Qt::endl;

    if (args.json) {
        QJsonArray files;
        for (const SubmissionRecord &r : std::as_const(result.submitted))
            files.append(QJsonObject{{QStringLiteral("name"), r.name},
                                     {QStringLiteral("url"), r.url.toString(QUrl::RemoveUserInfo)},
                                     {QStringLiteral("size"), r.size},
                                     {QStringLiteral("sha256"), r.sha256}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), result.ok},
                                         {QStringLiteral("number"), plan.number},
                                         {QStringLiteral("error"), result.error},
                                         {QStringLiteral("secondsLate"), plan.secondsLate},
                                         {QStringLiteral("files"), files}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        for (const SubmissionRecord &r : std::as_const(result.submitted))
            out << tr("Submitted %1 (%2 bytes) to %3")
                       .arg(r.name)
                       .arg(r.size)
                       .arg(r.url.toDisplayString(QUrl::RemoveUserInfo))
                << Qt::endl;
    }
    if (!result.error.isEmpty())
        err << tr("plenary-cli: %1").arg(result.error) << Qt::endl;
    return result.ok ? 0 : 1;
}

} // namespace Plenary::Cli
