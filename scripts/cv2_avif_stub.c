/* AVIF left out of the bundle (checkin.spec, scripts/bundle_trim.py).
 *
 * OpenCV's Linux wheels link libavif (and, through it, the AV1 codec libaom: 9 MB together)
 * so that cv2.imread/imdecode/imwrite read and write AVIF images. Check-in never does: its
 * images are camera frames, PNG and JPEG. This library takes libavif's place under its name
 * with the 21 functions OpenCV calls. No decoder can be made, so no file is AVIF to OpenCV's
 * signature check (it tries its other readers); an encoder, an image are handed out zeroed and
 * big enough for what OpenCV sets in them, and every conversion and encoding then fails with
 * libavif's own error code, which OpenCV raises as cv2.error.
 */
#include <stddef.h>
#include <stdlib.h>

typedef int avifResult; /* libavif's codes: */
#define AVIF_RESULT_OK 0
#define AVIF_RESULT_INVALID_FTYP 2 /* "not an AVIF file": OpenCV's signature check then says no */
#define AVIF_RESULT_NOT_IMPLEMENTED 25
#define OBJECT_BYTES 65536

static void *object(void) { return calloc(1, OBJECT_BYTES); }

/* No decoder: OpenCV's signature check then answers "not AVIF" and tries its other readers. */
void *avifDecoderCreate(void) { return NULL; }
void avifDecoderDestroy(void *decoder) { free(decoder); }
avifResult avifDecoderSetIOFile(void *decoder, const char *filename) {
    (void)decoder; (void)filename; return AVIF_RESULT_OK;
}
avifResult avifDecoderSetIOMemory(void *decoder, const void *data, size_t size) {
    (void)decoder; (void)data; (void)size; return AVIF_RESULT_OK;
}
avifResult avifDecoderParse(void *decoder) { (void)decoder; return AVIF_RESULT_INVALID_FTYP; }
avifResult avifDecoderNextImage(void *decoder) {
    (void)decoder; return AVIF_RESULT_NOT_IMPLEMENTED;
}

void *avifEncoderCreate(void) { return object(); }
void avifEncoderDestroy(void *encoder) { free(encoder); }
avifResult avifEncoderAddImage(void *encoder, const void *image, unsigned long long duration,
                               unsigned int flags) {
    (void)encoder; (void)image; (void)duration; (void)flags; return AVIF_RESULT_NOT_IMPLEMENTED;
}
avifResult avifEncoderFinish(void *encoder, void *output) {
    (void)encoder; (void)output; return AVIF_RESULT_NOT_IMPLEMENTED;
}

void *avifImageCreate(unsigned int width, unsigned int height, unsigned int depth, int format) {
    (void)width; (void)height; (void)depth; (void)format; return object();
}
void *avifImageCreateEmpty(void) { return object(); }
void avifImageDestroy(void *image) { free(image); }
avifResult avifImageRGBToYUV(void *image, const void *rgb) {
    (void)image; (void)rgb; return AVIF_RESULT_NOT_IMPLEMENTED;
}
avifResult avifImageYUVToRGB(const void *image, void *rgb) {
    (void)image; (void)rgb; return AVIF_RESULT_NOT_IMPLEMENTED;
}
avifResult avifImageSetMetadataExif(void *image, const void *data, size_t size) {
    (void)image; (void)data; (void)size; return AVIF_RESULT_NOT_IMPLEMENTED;
}
avifResult avifImageSetMetadataXMP(void *image, const void *data, size_t size) {
    (void)image; (void)data; (void)size; return AVIF_RESULT_NOT_IMPLEMENTED;
}
avifResult avifImageSetProfileICC(void *image, const void *data, size_t size) {
    (void)image; (void)data; (void)size; return AVIF_RESULT_NOT_IMPLEMENTED;
}
void avifRGBImageSetDefaults(void *rgb, const void *image) { (void)rgb; (void)image; }
void avifRWDataFree(void *raw) { (void)raw; }
const char *avifResultToString(avifResult result) {
    (void)result; return "AVIF is not part of this Check-in bundle";
}
