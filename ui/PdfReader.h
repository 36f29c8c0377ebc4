#pragma once

#include <QWidget>

class QBuffer;
class QLabel;
class QLineEdit;
class QListView;
class QPdfBookmarkModel;
class QPdfDocument;
class QPdfSearchModel;
class QPdfView;
class QSpinBox;
class QSplitter;
class QToolButton;
class QTreeView;

namespace Plenary {

/// A PDF in a reader tab: continuous pages (QPdfView), zoom (fit width,
/// fit page, in and out, Ctrl+wheel, keyboard), page navigation, the
/// outline (QPdfBookmarkModel) and search inside the document with a list
/// of hits (highlighted on the page where QtPdf can: Qt 6.6 and later).
/// The PDF comes as bytes read off the GUI thread; nothing in it runs.
class PdfReader : public QWidget {
    Q_OBJECT
public:
    explicit PdfReader(QWidget *parent = nullptr);
    ~PdfReader() override;

    /// Shows @p pdf from @p page (0-based): ready() once its pages are
    /// there, or false / failed() with error() when QtPdf cannot read it.
    bool open(const QByteArray &pdf, int page = 0);
    QString error() const { return m_error; }

    int pageCount() const;
    int currentPage() const;
    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    qreal zoomFactor() const;
    /// Searches the document (in the background): the hits are listed as
    /// they come (searchModel()) and the first one is shown - the first one
    /// on or after @p onPage (0-based) when it is given (a search hit of the
    /// library opened here).
    void find(const QString &text, int onPage = -1);

    QPdfView *view() const { return m_view; }
    QPdfDocument *document() const { return m_document; }
    QPdfBookmarkModel *outline() const { return m_bookmarks; }
    QPdfSearchModel *searchModel() const { return m_search; }
    QTreeView *outlineView() const { return m_outlineView; }

Q_SIGNALS:
    void pageChanged(int page);
    void ready();
    void failed(const QString &error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setZoom(qreal factor);
    void documentReady();
    void hitsArrived();
    bool checkError();
    void updatePageControls();

    QBuffer *m_buffer;
    QPdfDocument *m_document;
    QPdfBookmarkModel *m_bookmarks;
    QPdfSearchModel *m_search;
    QPdfView *m_view;
    QSplitter *m_splitter;
    QWidget *m_side = nullptr;
    QToolButton *m_outlineButton = nullptr;
    QTreeView *m_outlineView;
    QListView *m_hits;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QLabel *m_zoomLabel;
    QLineEdit *m_find;
    QString m_error;
    int m_pendingPage = 0;
    bool m_ready = false;
    bool m_showFirstHit = false;
    int m_hitPage = -1; ///< the hit to show is the first on or after it
    bool m_pageOnShow = false;
};

} // namespace Plenary
