#include "SearchResultModel.h"

namespace Plenary {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent) {}

void SearchResultModel::setMeeting(const MeetingData &meeting) {
    m_titles.clear();
    for (const Document &d : meeting.documents)
        m_titles.insert(d.number, d.title);
    if (!m_hits.isEmpty())
        emit dataChanged(index(0), index(int(m_hits.size()) - 1));
}

void SearchResultModel::setResults(const QString &query, const QList<SearchHit> &hits) {
    beginResetModel();
    m_query = query;
    m_hits = hits;
    endResetModel();
}

void SearchResultModel::clear() {
    setResults({}, {});
}

int SearchResultModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, p. %2: %3").arg(h.number).arg(h.page).arg(plainSnippet(h.snippet));
    case Qt::ToolTipRole:
        return m_titles.value(h.number).isEmpty()
                   ? h.path
                   : m_titles.value(h.number) + QLatin1Char('\n') + h.path;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, page %3: %4")
            .arg(h.number, m_titles.value(h.number))
            .arg(h.page)
            .arg(plainSnippet(h.snippet));
    case NumberRole:
        return h.number;
    case TitleRole:
        return m_titles.value(h.number);
    case PageRole:
        return h.page;
    case PathRole:
        return h.path;
    case SnippetRole:
        return h.snippet;
    case TermRole:
        return firstMatch(h.snippet);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const {
    auto names = QAbstractListModel::roleNames();
    names.insert(NumberRole, "number");
    names.insert(TitleRole, "title");
    names.insert(PageRole, "page");
    names.insert(PathRole, "path");
    names.insert(SnippetRole, "snippet");
    names.insert(TermRole, "term");
    return names;
}

QString SearchResultModel::plainSnippet(const QString &snippet, QList<QPair<int, int>> *matches) {
    QString plain;
    plain.reserve(snippet.size());
    int start = -1;
    for (const QChar c : snippet) {
        if (c == SearchHit::kMatchStart) {
            start = int(plain.size());
        } else if (c == SearchHit::kMatchEnd) {
            if (matches && start >= 0 && plain.size() > start)
                matches->append({start, int(plain.size()) - start});
            start = -1;
        } else {
            // A page's text keeps its line breaks; a snippet is one line.
            plain.append(c.isSpace() ? QLatin1Char(' ') : c);
        }
    }
    return plain;
}

QString SearchResultModel::firstMatch(const QString &snippet) {
    // Adjacent marked words ("demand" "response") are one phrase on the page.
    QList<QPair<int, int>> matches;
    const QString plain = plainSnippet(snippet, &matches);
    if (matches.isEmpty())
        return {};
    int begin = matches.first().first;
    int end = begin + matches.first().second;
    for (int i = 1; i < matches.size(); ++i) {
        const QStringView between = QStringView(plain).mid(end, matches.at(i).first - end);
        if (!between.trimmed().isEmpty())
            break;
        end = matches.at(i).first + matches.at(i).second;
    }
    return plain.mid(begin, end - begin);
}

} // namespace Plenary
