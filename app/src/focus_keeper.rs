//! Focus and feedback after a plain form is sent with JavaScript on.
//!
//! Most forms are plain `<form>`s in server-rendered parts of a page (they work without JavaScript).
//! With JavaScript the islands router sends them, fetches the page again and patches it in; the part
//! that held the pressed button is often replaced whole (a `Swap`), and focus would fall back to the
//! top of the page, far from where the reader was. This small script, inline in every page (with
//! the response's nonce), remembers what was sent and, once the page has settled, puts focus back:
//! on the error the part now shows (the nearest part of the page around the form that is still
//! there), else on the same button, else on the part's first control (the
//! button that took the pressed one's place: "Steun intrekken" after "Steun dit idee"), else its heading. A form
//! that says what success means (`data-done`, a translated sentence from the server) has that
//! sentence shown and read out in the page's status line (`#gelukt`). Without JavaScript the browser
//! simply loads the page again.
//!
//! It also makes in-page links (the skip links, `#…`) move focus, not only the view: the router
//! handles their click, and a browser scrolls to a target without making it the place Tab goes on
//! from.

pub const SCRIPT: &str = r##"(()=>{let pending=null,inflight=0,quiet=null;const q=(s,r)=>(r||document).querySelector(s),all=(s,r)=>[...(r||document).querySelectorAll(s)];document.addEventListener('click',e=>{const a=e.target instanceof Element&&e.target.closest('a[href^="#"]');if(!a)return;const to=document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));if(!to)return;e.preventDefault();if(!to.hasAttribute('tabindex'))to.setAttribute('tabindex','-1');to.focus();history.replaceState(history.state,'',a.getAttribute('href'));},true);const real=window.fetch.bind(window);window.fetch=(...args)=>{inflight++;if(pending)pending.sent=true;return real(...args).finally(()=>{inflight--;later();});};const seen=new MutationObserver(()=>later());function later(){if(!pending||!pending.sent)return;clearTimeout(quiet);quiet=setTimeout(()=>{if(inflight===0){seen.disconnect();settle();}},200);}document.addEventListener('submit',e=>{const f=e.target;if(!(f instanceof HTMLFormElement))return;const b=e.submitter,parts=[];for(let el=f.closest('section[aria-labelledby],[data-testid]');el;el=el.parentElement&&el.parentElement.closest('section[aria-labelledby],[data-testid]')){const l=el.getAttribute('aria-labelledby');parts.push(l?'[aria-labelledby="'+l+'"]':'[data-testid="'+el.dataset.testid+'"]');}pending={sent:false,text:b?b.textContent.trim():'',id:b&&b.dataset?b.dataset.testid:'',parts,done:f.dataset.done||''};seen.observe(document.body,{subtree:true,childList:true,characterData:true});setTimeout(()=>{if(pending&&!pending.sent){pending=null;seen.disconnect();}},15000);},true);function settle(){const p=pending;pending=null;if(!p)return;const part=p.parts.map(x=>q(x)).find(x=>x)||null,scope=part||document;const err=all('[role=alert]',scope).find(x=>!x.hidden&&x.textContent.trim());const a=document.activeElement;if(!a||a===document.body||!document.contains(a)){const to=err||(p.id&&q('[data-testid="'+p.id+'"]',scope))||all('button',scope).find(x=>x.textContent.trim()===p.text)||(part&&(q('button,summary',part)||q('h2,h3',part)||part));if(to){if(!to.matches('a,button,input,select,textarea,summary,[tabindex]'))to.setAttribute('tabindex','-1');to.focus();}}const line=document.getElementById('gelukt');if(line&&p.done&&!err){line.textContent=p.done;line.classList.add('shown');clearTimeout(line._t);line._t=setTimeout(()=>{line.textContent='';line.classList.remove('shown');},6000);}}})();"##;
