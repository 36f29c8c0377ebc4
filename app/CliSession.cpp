#include "CliSession.h"

#include "CliOutput.h"
#include "Credentials.h"
#include "DataPaths.h"
#include "DemoMeeting.h"
#include "ReportTemplate.h"
#include "SessionFollower.h"
#include "SessionPublisher.h"
#include "Store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <algorithm>
#include <csignal>

namespace Plenary::Cli {

namespace {

QString outcomeLine(const Outcome &o) {
    QString line =
        QStringLiteral("%1 %2 %3")
            .arg(o.agendaItem.isEmpty() ? QStringLiteral("-") : o.agendaItem,
                 o.documents.isEmpty() ? QStringLiteral("-") : o.documents.join(QLatin1Char(',')),
                 wireName(o.status));
    if (!o.target.isEmpty())
        line += QStringLiteral(" -> ") + o.target;
    if (!o.text.isEmpty())
        line += QStringLiteral(" \"%1\"").arg(o.text);
    return line;
}

volatile std::sig_atomic_t g_interrupted = 0;

} // namespace

bool isSessionCommand(const QString &c) {
    static const QStringList commands = {QStringLiteral("allocate"), QStringLiteral("outcome"),
                                         QStringLiteral("liaison"),  QStringLiteral("current"),
                                         QStringLiteral("session"),  QStringLiteral("publish"),
                                         QStringLiteral("follow")};
    return commands.contains(c);
}

int session(const DataPaths &paths, const QStringList &args, const SessionArguments &o,
            CredentialStore &credentials, QTextStream &out, QTextStream &err) {
    const QString command = args.value(0);
    Store store(paths.databaseFile());
    if (!store.open())
        return failed(err, tr("cannot open %1: %2").arg(store.databasePath(), store.lastError()));
    QString error;
    const auto id = DemoMeeting::ensureCurrentMeeting(store, paths, &error);
    if (!id)
        return failed(err, error);
    const QString mid = *id;

    if (command == QLatin1String("allocate")) {
        if (args.size() != 2 || (o.workingGroup.isEmpty() && o.item.isEmpty()))
            return usage(err, tr("usage: allocate DOCUMENT --wg WG [--item ITEM]"));
        if (!store.setAllocation(mid, args.at(1), {o.workingGroup, o.item}))
            return failed(err, store.lastError());
        out << args.at(1) << ' '
            << (o.workingGroup.isEmpty() ? QStringLiteral("-") : o.workingGroup) << ' '
            << (o.item.isEmpty() ? QStringLiteral("-") : o.item) << Qt::endl;
        return 0;
    }

    if (command == QLatin1String("current")) {
        if (args.size() != 2)
            return usage(err, tr("usage: current ITEM"));
        if (!store.setCurrentItem(mid, args.at(1)))
            return failed(err, store.lastError());
        out << tr("Now on agenda item %1").arg(args.at(1)) << Qt::endl;
        return 0;
    }

    if (command == QLatin1String("outcome")) {
        if (args.size() != 2 || o.status.isEmpty())
            return usage(err, tr("usage: outcome ITEM [--doc DOCUMENT]... --status STATUS "
                                 "[--text TEXT] [--to NEW-NUMBER]"));
        const auto status = outcomeStatusFromWire(o.status);
        if (!status)
            return usage(err,
                         tr("unknown status '%1' (one of: %2)")
                             .arg(o.status, wireNames(OutcomeStatus{}).join(QStringLiteral(", "))));
        Outcome outcome;
        outcome.agendaItem = args.at(1) == QLatin1String("-") ? QString() : args.at(1);
        outcome.documents = o.documents;
        outcome.status = *status;
        outcome.text = o.text;
        outcome.target = o.to.value(0);
        if (outcome.status == OutcomeStatus::Revised && outcome.target.isEmpty())
            outcome.target = store.nextFreeNumber(mid); // reserve the next number
        if (!store.addOutcome(mid, outcome))
            return failed(err, store.lastError());
        out << outcomeLine(outcome) << Qt::endl;
        return 0;
    }

    if (command == QLatin1String("liaison")) {
        if (args.size() != 2 || args.at(1) != QLatin1String("new") || o.title.isEmpty() ||
            o.to.isEmpty())
            return usage(err, tr("usage: liaison new --title TITLE --to BODY [--to BODY]... "
                                 "[--for action|comment|information] [--doc ATTACHMENT]... "
                                 "[--item ITEM]"));
        static const QStringList purposes = {QStringLiteral("action"), QStringLiteral("comment"),
                                             QStringLiteral("information")};
        if (!o.purpose.isEmpty() && !purposes.contains(o.purpose))
            return usage(err, tr("--for takes action, comment or information"));
        const auto meeting = store.loadMeeting(mid);
        if (!meeting)
            return failed(err, store.lastError());
        LiaisonStatement l;
        l.id = store.nextLiaisonId(mid);
        l.title = o.title;
        l.to = o.to;
        l.purpose = o.purpose.isEmpty() ? QStringLiteral("information") : o.purpose;
        l.from = meeting->meeting.group;
        l.attachments = o.documents;
        l.contact = meeting->meeting.chair;
        l.approval = ReportTemplate::defaultApproval(meeting->meeting);
        // Drafted under the item named, else the one the chairman is on.
        l.agendaItem = o.item.isEmpty() ? meeting->currentItem : o.item;
        if (!store.saveLiaison(mid, l))
            return failed(err, store.lastError());
        out << l.id << Qt::endl;
        return 0;
    }

    if (command == QLatin1String("session")) {
        if (args.size() != 1)
            return usage(err, tr("usage: session"));
        const auto meeting = store.loadMeeting(mid);
        if (!meeting)
            return failed(err, store.lastError());
        QStringList numbers = meeting->allocations.keys();
        std::sort(numbers.begin(), numbers.end());
        for (const QString &n : numbers) {
            const Allocation &a = meeting->allocations.value(n);
            out << n << ' ' << (a.workingGroup.isEmpty() ? QStringLiteral("-") : a.workingGroup)
                << ' ' << (a.agendaItem.isEmpty() ? QStringLiteral("-") : a.agendaItem) << '\n';
        }
        out << tr("outcomes:") << '\n';
        for (const Outcome &oc : meeting->outcomes)
            out << "  " << outcomeLine(oc) << '\n';
        out << tr("liaison statements:") << '\n';
        for (const LiaisonStatement &l : meeting->liaisons)
            out << "  " << l.id << ' ' << wireName(l.status) << " \"" << l.title << "\" -> "
                << l.to.join(QStringLiteral(", "))
                << (l.agendaItem.isEmpty() ? QString() : tr(" (item %1)").arg(l.agendaItem))
                << '\n';
        if (!meeting->currentItem.isEmpty())
            out << tr("current item: %1").arg(meeting->currentItem) << '\n';
        out.flush();
        return 0;
    }

    QNetworkAccessManager nam;
    if (args.size() == 2 && !o.user.isEmpty()) // the password as for sync
        (void)credentials.save(CredentialStore::serverKey(QUrl::fromUserInput(args.at(1))),
                               {o.user, qEnvironmentVariable("PLENARY_PASSWORD")}, false);
    if (command == QLatin1String("publish")) {
        if (args.size() != 2 || (o.keepMine && o.takeTheirs))
            return usage(err, tr("usage: publish URL [--keep-mine | --take-theirs]"));
        SessionPublisher publisher(store, nam, mid);
        publisher.http().setCredentialStore(&credentials);
        if (!publisher.connectTo(QUrl::fromUserInput(args.at(1)), &error))
            return failed(err, error);
        publisher.setResolution(o.keepMine     ? SessionPublisher::Resolution::KeepMine
                                : o.takeTheirs ? SessionPublisher::Resolution::TakeTheirs
                                               : SessionPublisher::Resolution::Ask);
        PublishResult result;
        QEventLoop loop;
        QObject::connect(&publisher, &SessionPublisher::finished, &loop,
                         [&](const PublishResult &r) {
                             result = r;
                             loop.quit();
                         });
        publisher.publish();
        if (publisher.isRunning())
            loop.exec();
        for (const QString &line : std::as_const(result.merged))
            out << tr("merged from the server: %1").arg(line) << '\n';
        if (!result.warning.isEmpty())
            err << "plenary-cli: " << tr("warning: %1").arg(result.warning) << Qt::endl;
        if (!result.ok) {
            for (const QString &c : std::as_const(result.conflicts))
                err << "plenary-cli: " << tr("conflict: %1").arg(c) << '\n';
            return failed(err, result.conflict ? tr("conflict: not published; publish again with "
                                                    "--keep-mine or --take-theirs")
                                               : result.error);
        }
        out << QCoreApplication::translate("plenary-cli", "published revision %1 (%n request(s))",
                                           nullptr, result.requests)
                   .arg(result.revision)
            << Qt::endl;
        return 0;
    }

    if (command == QLatin1String("follow")) {
        if (args.size() != 2)
            return usage(err, tr("usage: follow URL [--once]"));
        SessionFollower follower(store, nam, mid);
        follower.http().setCredentialStore(&credentials);
        if (!follower.followUrl(QUrl::fromUserInput(args.at(1)), &error))
            return failed(err, error);
        QEventLoop loop;
        int code = 0;
        QObject::connect(&follower, &SessionFollower::polled, &loop, [&](const FollowResult &r) {
            for (const QString &n : r.notices)
                out << n << '\n';
            out.flush();
            if (!r.ok)
                err << "plenary-cli: " << r.error << Qt::endl;
            code = r.ok ? 0 : 1;
            if (o.once || g_interrupted)
                loop.quit();
        });
        if (o.once) {
            follower.poll();
        } else {
            std::signal(SIGINT, [](int) { g_interrupted = 1; });
            follower.start();
            QTimer check; // Ctrl+C ends following between polls
            QObject::connect(&check, &QTimer::timeout, &loop, [&] {
                if (g_interrupted)
                    loop.quit();
            });
            check.start(200);
        }
        loop.exec();
        return code;
    }
    return usage(err, tr("unknown command '%1'").arg(command));
}

} // namespace Plenary::Cli
