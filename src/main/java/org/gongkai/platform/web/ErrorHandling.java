package org.gongkai.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the platform's exceptions into answers: JSON under /api, an error page elsewhere.
 * User input never produces a 500; anything unexpected is logged and answered without internals.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private final MessageSource messages;

    ErrorHandling(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest req, HttpServletResponse res) {
        return answer(req, HttpStatus.NOT_FOUND, "error.notFound", Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(HttpServletRequest req) {
        return answer(req, HttpStatus.NOT_FOUND, "error.notFound", Map.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(HttpServletRequest req, ForbiddenException e) {
        return answer(req, HttpStatus.FORBIDDEN, e.getMessage(), Map.of());
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(HttpServletRequest req, ConflictException e) {
        return answer(req, HttpStatus.CONFLICT, e.getMessage(), Map.of(), e.args());
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(HttpServletRequest req, InvalidInputException e) {
        return answer(req, HttpStatus.BAD_REQUEST, "error.invalid", e.fieldErrors());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            BindException.class, HttpMessageNotReadableException.class, IllegalArgumentException.class})
    Object badRequest(HttpServletRequest req, Exception e) {
        log.debug("bad request on {}: {}", req.getRequestURI(), e.getMessage());
        return answer(req, HttpStatus.BAD_REQUEST, "error.badRequest", Map.of());
    }

    /** Text the database cannot hold (a NUL character in JSON, say) is bad input, not a server fault. */
    @ExceptionHandler(org.springframework.dao.DataAccessException.class)
    Object dataAccess(HttpServletRequest req, org.springframework.dao.DataAccessException e) {
        Throwable root = e.getMostSpecificCause();
        if (root instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().equals("22021") || sql.getSQLState().equals("22P05"))) {
            return answer(req, HttpStatus.BAD_REQUEST, "error.badRequest", Map.of());
        }
        throw e;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest req) {
        return answer(req, HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge", Map.of());
    }

    @ExceptionHandler(MultipartException.class)
    Object badMultipart(HttpServletRequest req) {
        return answer(req, HttpStatus.BAD_REQUEST, "error.badUpload", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest req) {
        return answer(req, HttpStatus.METHOD_NOT_ALLOWED, "error.method", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest req) {
        return answer(req, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", Map.of());
    }

    private Object answer(HttpServletRequest req, HttpStatus status, String key, Map<String, String> fields,
                          Object... args) {
        String message = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        Map<String, String> fieldMessages = new LinkedHashMap<>();
        fields.forEach((f, k) -> fieldMessages.put(f, messages.getMessage(k, null, k, LocaleContextHolder.getLocale())));
        if (req.getRequestURI().startsWith(req.getContextPath() + "/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status.value());
            body.put("message", message);
            if (!fieldMessages.isEmpty()) {
                body.put("fields", fieldMessages);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        ModelAndView mv = new ModelAndView("platform/error");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("message", message);
        mv.addObject("fields", fieldMessages);
        return mv;
    }
}
