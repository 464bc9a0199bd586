package article

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
)

// fetch gets a report by URL within opt.Timeout and opt.MaxBytes.
func fetch(ctx context.Context, src string, opt Options) (*Article, error) {
	base, err := url.Parse(src)
	if err != nil || base.Host == "" {
		return nil, inputError(src, errors.New("not a URL: expected http(s)://host/path"))
	}
	ctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, src, nil)
	if err != nil {
		return nil, inputError(src, err)
	}
	req.Header.Set("Accept", "text/html, text/plain;q=0.9")
	req.Header.Set("User-Agent", "bilat-extract (+https://github.com/bilat/bilat)")
	client := opt.Client
	if client == nil {
		client = &http.Client{}
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, inputError(src, answerError(ctx, err, opt))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, inputError(src, fmt.Errorf("HTTP %s: expected 200 OK", resp.Status))
	}
	if resp.ContentLength > opt.MaxBytes {
		return nil, inputError(src, tooLarge(opt.MaxBytes))
	}
	data, err := readCapped(resp.Body, opt.MaxBytes)
	if err != nil {
		return nil, inputError(src, answerError(ctx, err, opt))
	}
	// Relative links on the page resolve against where it was finally
	// served from, after redirects.
	final := resp.Request.URL
	a, err := parse(src, data, resp.Header.Get("Content-Type"), final)
	if err != nil {
		return nil, err
	}
	if a.URL == "" {
		a.URL = final.String()
	}
	return a, nil
}

// answerError says why a server gave no (complete) answer, without
// repeating the URL that the caller puts in front.
func answerError(ctx context.Context, err error, opt Options) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("no answer within %s", opt.Timeout)
	}
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	var lerr *limitError
	if errors.As(err, &lerr) {
		return err
	}
	return fmt.Errorf("no answer: %w", err)
}
