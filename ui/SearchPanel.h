#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Plenary {

class SearchResultModel;

/// Full-text search over every document of the meeting: a query field,
/// the index's state (its progress with Cancel while it is brought up to
/// date) and the hits, each with its document, page and a snippet with the
/// words found in bold. Activating a hit asks for it to be opened. It holds
/// no logic: queries go out as searchRequested(), results come in through
/// the model.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(SearchResultModel *model, QWidget *parent = nullptr);

    QLineEdit *queryField() const { return m_query; }
    QListView *resultView() const { return m_results; }
    /// Puts the focus in the query field, its text selected.
    void focusQuery();

    /// The results of @p query are in the model (or @p error says why not).
    void showResults(const QString &query, const QString &error);
    void setIndexing(int done, int total, const QString &current);
    /// The index is up to date (or stopped): @p summary says how it stands,
    /// @p details (the files that cannot be read) go to its tooltip.
    void setIndexIdle(const QString &summary, const QString &details);

Q_SIGNALS:
    void searchRequested(const QString &query);
    void cancelIndexingRequested();
    /// @p page is 1-based; @p term: the words found there; @p file: in
    /// which of the document's files.
    void openRequested(const QString &number, const QString &title, int page, const QString &term,
                       const QString &file);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openIndex(const QModelIndex &index);

    SearchResultModel *m_model;
    QLineEdit *m_query;
    QLabel *m_summary;
    QListView *m_results;
    QLabel *m_indexStatus;
    QProgressBar *m_indexProgress;
    QToolButton *m_cancel;
    QTimer *m_typing;
};

} // namespace Plenary
