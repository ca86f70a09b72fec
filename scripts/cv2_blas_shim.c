/* One OpenBLAS in the bundle, not two (checkin.spec, scripts/bundle_trim.py).
 *
 * The Linux wheels of OpenCV link their own OpenBLAS (39 MB) for the 19 BLAS/LAPACK routines
 * of its core (solve, SVD, QR, Cholesky, gemm: the QR code detector's geometry goes through
 * them), while numpy carries scipy-openblas (25 MB), which has every one of them. This small
 * library takes the place of OpenCV's copy under its name and hands each call to numpy's,
 * whose interface differs in two ways:
 *   - names: scipy_<name>_64_ (LAPACK) and scipy_cblas_<name>64_ (CBLAS);
 *   - integers: 64-bit (ILP64) where OpenCV passes 32-bit ones (LP64), so every integer is
 *     widened on the way in, and the integer results (info, pivots) narrowed on the way out.
 * Character arguments get their hidden Fortran length (1) passed explicitly.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef int64_t bi; /* numpy's blasint */

/* ---- CBLAS: cblas_?gemm ---- */
void scipy_cblas_sgemm64_(int, int, int, bi, bi, bi, float, const float *, bi, const float *, bi,
                          float, float *, bi);
void scipy_cblas_dgemm64_(int, int, int, bi, bi, bi, double, const double *, bi, const double *,
                          bi, double, double *, bi);
void scipy_cblas_cgemm64_(int, int, int, bi, bi, bi, const void *, const void *, bi, const void *,
                          bi, const void *, void *, bi);
void scipy_cblas_zgemm64_(int, int, int, bi, bi, bi, const void *, const void *, bi, const void *,
                          bi, const void *, void *, bi);

void cblas_sgemm(int order, int ta, int tb, int m, int n, int k, float alpha, const float *a,
                 int lda, const float *b, int ldb, float beta, float *c, int ldc) {
    scipy_cblas_sgemm64_(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}
void cblas_dgemm(int order, int ta, int tb, int m, int n, int k, double alpha, const double *a,
                 int lda, const double *b, int ldb, double beta, double *c, int ldc) {
    scipy_cblas_dgemm64_(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}
void cblas_cgemm(int order, int ta, int tb, int m, int n, int k, const void *alpha, const void *a,
                 int lda, const void *b, int ldb, const void *beta, void *c, int ldc) {
    scipy_cblas_cgemm64_(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}
void cblas_zgemm(int order, int ta, int tb, int m, int n, int k, const void *alpha, const void *a,
                 int lda, const void *b, int ldb, const void *beta, void *c, int ldc) {
    scipy_cblas_zgemm64_(order, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

/* ---- LAPACK (Fortran interface: every argument by address) ---- */
#define NARROW_PIVOTS(count)                                                                    \
    for (bi i = 0; i < (count); i++) ipiv[i] = (int)ipiv64[i];

#define GESV(p, T)                                                                              \
    void scipy_##p##gesv_64_(const bi *, const bi *, T *, const bi *, bi *, T *, const bi *,   \
                             bi *);                                                             \
    void p##gesv_(const int *n, const int *nrhs, T *a, const int *lda, int *ipiv, T *b,         \
                  const int *ldb, int *info) {                                                  \
        bi n_ = *n, nrhs_ = *nrhs, lda_ = *lda, ldb_ = *ldb, info_ = 0;                         \
        bi *ipiv64 = malloc(sizeof(bi) * (size_t)(n_ > 0 ? n_ : 1));                            \
        if (!ipiv64) { *info = -1000; return; }                                                 \
        scipy_##p##gesv_64_(&n_, &nrhs_, a, &lda_, ipiv64, b, &ldb_, &info_);                   \
        NARROW_PIVOTS(n_)                                                                       \
        free(ipiv64);                                                                           \
        *info = (int)info_;                                                                     \
    }

#define GETRF(p, T)                                                                             \
    void scipy_##p##getrf_64_(const bi *, const bi *, T *, const bi *, bi *, bi *);             \
    void p##getrf_(const int *m, const int *n, T *a, const int *lda, int *ipiv, int *info) {    \
        bi m_ = *m, n_ = *n, lda_ = *lda, info_ = 0, k = m_ < n_ ? m_ : n_;                     \
        bi *ipiv64 = malloc(sizeof(bi) * (size_t)(k > 0 ? k : 1));                              \
        if (!ipiv64) { *info = -1000; return; }                                                 \
        scipy_##p##getrf_64_(&m_, &n_, a, &lda_, ipiv64, &info_);                               \
        NARROW_PIVOTS(k)                                                                        \
        free(ipiv64);                                                                           \
        *info = (int)info_;                                                                     \
    }

#define POTRF(p, T)                                                                             \
    void scipy_##p##potrf_64_(const char *, const bi *, T *, const bi *, bi *, size_t);         \
    void p##potrf_(const char *uplo, const int *n, T *a, const int *lda, int *info) {           \
        bi n_ = *n, lda_ = *lda, info_ = 0;                                                     \
        scipy_##p##potrf_64_(uplo, &n_, a, &lda_, &info_, 1);                                   \
        *info = (int)info_;                                                                     \
    }

#define POSV(p, T)                                                                              \
    void scipy_##p##posv_64_(const char *, const bi *, const bi *, T *, const bi *, T *,        \
                             const bi *, bi *, size_t);                                         \
    void p##posv_(const char *uplo, const int *n, const int *nrhs, T *a, const int *lda, T *b,  \
                  const int *ldb, int *info) {                                                  \
        bi n_ = *n, nrhs_ = *nrhs, lda_ = *lda, ldb_ = *ldb, info_ = 0;                         \
        scipy_##p##posv_64_(uplo, &n_, &nrhs_, a, &lda_, b, &ldb_, &info_, 1);                  \
        *info = (int)info_;                                                                     \
    }

#define GEQRF(p, T)                                                                             \
    void scipy_##p##geqrf_64_(const bi *, const bi *, T *, const bi *, T *, T *, const bi *,   \
                              bi *);                                                            \
    void p##geqrf_(const int *m, const int *n, T *a, const int *lda, T *tau, T *work,           \
                   const int *lwork, int *info) {                                               \
        bi m_ = *m, n_ = *n, lda_ = *lda, lwork_ = *lwork, info_ = 0;                           \
        scipy_##p##geqrf_64_(&m_, &n_, a, &lda_, tau, work, &lwork_, &info_);                   \
        *info = (int)info_;                                                                     \
    }

#define GELS(p, T)                                                                              \
    void scipy_##p##gels_64_(const char *, const bi *, const bi *, const bi *, T *, const bi *, \
                             T *, const bi *, T *, const bi *, bi *, size_t);                   \
    void p##gels_(const char *trans, const int *m, const int *n, const int *nrhs, T *a,         \
                  const int *lda, T *b, const int *ldb, T *work, const int *lwork, int *info) { \
        bi m_ = *m, n_ = *n, nrhs_ = *nrhs, lda_ = *lda, ldb_ = *ldb, lwork_ = *lwork;         \
        bi info_ = 0;                                                                           \
        scipy_##p##gels_64_(trans, &m_, &n_, &nrhs_, a, &lda_, b, &ldb_, work, &lwork_,        \
                            &info_, 1);                                                         \
        *info = (int)info_;                                                                     \
    }

/* iwork: 8*min(m,n) integers of workspace, the callee's own; ours is 64-bit. */
#define GESDD(p, T)                                                                             \
    void scipy_##p##gesdd_64_(const char *, const bi *, const bi *, T *, const bi *, T *, T *,  \
                              const bi *, T *, const bi *, T *, const bi *, bi *, bi *,         \
                              size_t);                                                          \
    void p##gesdd_(const char *jobz, const int *m, const int *n, T *a, const int *lda, T *s,    \
                   T *u, const int *ldu, T *vt, const int *ldvt, T *work, const int *lwork,     \
                   int *iwork, int *info) {                                                     \
        (void)iwork;                                                                            \
        bi m_ = *m, n_ = *n, lda_ = *lda, ldu_ = *ldu, ldvt_ = *ldvt, lwork_ = *lwork;         \
        bi info_ = 0, k = m_ < n_ ? m_ : n_;                                                    \
        bi *iwork64 = malloc(sizeof(bi) * (size_t)(8 * (k > 0 ? k : 1)));                      \
        if (!iwork64) { *info = -1000; return; }                                                \
        scipy_##p##gesdd_64_(jobz, &m_, &n_, a, &lda_, s, u, &ldu_, vt, &ldvt_, work, &lwork_,  \
                             iwork64, &info_, 1);                                               \
        free(iwork64);                                                                          \
        *info = (int)info_;                                                                     \
    }

GESV(s, float)
GESV(d, double)
GETRF(s, float)
GETRF(d, double)
POTRF(s, float)
POTRF(d, double)
POSV(s, float)
POSV(d, double)
GEQRF(s, float)
GEQRF(d, double)
GELS(s, float)
GELS(d, double)
GESDD(s, float)
GESDD(d, double)

void scipy_dgeev_64_(const char *, const char *, const bi *, double *, const bi *, double *,
                     double *, double *, const bi *, double *, const bi *, double *, const bi *,
                     bi *, size_t, size_t);
void dgeev_(const char *jobvl, const char *jobvr, const int *n, double *a, const int *lda,
            double *wr, double *wi, double *vl, const int *ldvl, double *vr, const int *ldvr,
            double *work, const int *lwork, int *info) {
    bi n_ = *n, lda_ = *lda, ldvl_ = *ldvl, ldvr_ = *ldvr, lwork_ = *lwork, info_ = 0;
    scipy_dgeev_64_(jobvl, jobvr, &n_, a, &lda_, wr, wi, vl, &ldvl_, vr, &ldvr_, work, &lwork_,
                    &info_, 1, 1);
    *info = (int)info_;
}
