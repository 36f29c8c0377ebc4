#pragma once

#include "Meeting.h"
#include "Search.h"

#include <QAbstractListModel>

namespace Plenary {

/// The hits of a full-text search for a list view: one row per page found,
/// best first, with the document's title from the meeting. The snippet
/// keeps SearchHit's match marks (SnippetRole) for a view to emphasise;
/// DisplayRole and ToolTipRole are plain text.
class SearchResultModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NumberRole = Qt::UserRole + 1,
        TitleRole,
        PageRole, ///< 1-based
        PathRole,
        SnippetRole,
        /// The words the snippet marks, as found on the page: what the
        /// reader searches for when the hit is opened.
        TermRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    /// Titles come from here (a hit in a document the meeting no longer has
    /// is listed by its number).
    void setMeeting(const MeetingData &meeting);
    void setResults(const QString &query, const QList<SearchHit> &hits);
    void clear();
    QString query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The first marked words of a snippet ("demand response"), unmarked.
    static QString firstMatch(const QString &snippet);
    /// The snippet without its marks, and where they were (start, length).
    static QString plainSnippet(const QString &snippet, QList<QPair<int, int>> *matches = nullptr);

private:
    QString m_query;
    QList<SearchHit> m_hits;
    QHash<QString, QString> m_titles;
};

} // namespace Plenary
